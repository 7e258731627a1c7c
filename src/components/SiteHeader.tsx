import Link from 'next/link'

import type { Locale } from '@/i18n/config'
import { accountMessagesFor } from '@/i18n/account'
import { messagesFor } from '@/i18n/messages'
import { linkHref, siteGlobal } from '@/utilities/content'

export async function SiteHeader({ locale }: { locale: Locale }) {
  const [header, settings] = await Promise.all([siteGlobal('header', locale), siteGlobal('site-settings', locale)])
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
        <Link className="account-link" href={`/${locale}/account`}>
          {accountMessagesFor(locale).myAccount}
        </Link>
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
