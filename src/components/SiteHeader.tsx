import Link from 'next/link'

import type { Locale } from '@/i18n/config'
import { messagesFor } from '@/i18n/messages'
import { linkHref } from '@/utilities/content'
import { getPayloadClient } from '@/utilities/getPayloadClient'

export async function SiteHeader({ locale }: { locale: Locale }) {
  const payload = await getPayloadClient()
  const [header, settings] = await Promise.all([
    payload.findGlobal({ slug: 'header', locale, depth: 1 }),
    payload.findGlobal({ slug: 'site-settings', locale, depth: 0 }),
  ])
  const t = messagesFor(locale)
  const other: Locale = locale === 'fr' ? 'en' : 'fr'
  return (
    <header className="site-header">
      <div className="container">
        <Link className="brand" href={`/${locale}`}>
          {settings.siteName}
        </Link>
        <nav aria-label={t.mainNav}>
          <ul className="nav">
            {(header.navItems ?? []).map((item) => (
              <li key={item.id}>
                <Link href={linkHref(item, locale)}>{item.label}</Link>
              </li>
            ))}
          </ul>
        </nav>
        <Link className="lang-switch" href={`/${other}`} hrefLang={other} lang={other}>
          {t.switchTo}
        </Link>
        <Link className="button" href={`/${locale}/book`}>
          {header.bookLabel || t.book}
        </Link>
      </div>
    </header>
  )
}
