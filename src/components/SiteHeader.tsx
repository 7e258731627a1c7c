import Link from 'next/link'

import { AccountLink } from '@/components/account/AccountLink'
import type { Locale } from '@/i18n/config'
import { accountMessagesFor } from '@/i18n/account'
import { messagesFor } from '@/i18n/messages'
import { linkContext, linkHref, siteGlobal, siteRestaurants } from '@/utilities/content'

import { BookButton, LanguageSwitch } from './site/HeaderLinks'

/** The site's frame (the group's, in a group): its name back to the home, its links, language, booking. */
export async function SiteHeader({ locale }: { locale: Locale }) {
  const [header, settings, links, restaurants] = await Promise.all([siteGlobal('header', locale), siteGlobal('site-settings', locale), linkContext(locale), siteRestaurants(locale)])
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
                <Link href={linkHref(item, links)}>{item.label}</Link>
              </li>
            ))}
          </ul>
        </nav>
        <AccountLink locale={locale} label={accountMessagesFor(locale).myAccount} />
        <LanguageSwitch locale={locale} other={other} label={t.switchTo} />
        <BookButton locale={locale} site={links.site} restaurants={restaurants.map((r) => r.slug)} label={header.bookLabel || t.book} />
      </div>
    </header>
  )
}
