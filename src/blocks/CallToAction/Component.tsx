import Link from 'next/link'

import type { Locale } from '@/i18n/config'
import type { CallToActionBlock as CallToActionProps } from '@/payload-types'
import { linkHref } from '@/utilities/content'

export function CallToActionBlock({ heading, text, linkLabel, href, locale }: CallToActionProps & { locale: Locale }) {
  return (
    <section className="cta">
      <h2>{heading}</h2>
      {text ? <p>{text}</p> : null}
      <Link className="button" href={linkHref({ type: 'url', url: href }, locale)}>
        {linkLabel}
      </Link>
    </section>
  )
}
