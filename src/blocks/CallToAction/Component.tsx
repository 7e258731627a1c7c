import Link from 'next/link'

import type { CallToActionBlock as CallToActionProps } from '@/payload-types'
import { linkHref, type LinkContext } from '@/utilities/content'

export function CallToActionBlock({ heading, text, linkLabel, href, links }: CallToActionProps & { links: LinkContext }) {
  return (
    <section className="cta">
      <h2>{heading}</h2>
      {text ? <p>{text}</p> : null}
      <Link className="button" href={linkHref({ type: 'url', url: href }, links)}>
        {linkLabel}
      </Link>
    </section>
  )
}
