import Link from 'next/link'

import type { Locale } from '@/i18n/config'
import { messagesFor } from '@/i18n/messages'
import { linkContext, linkHref, siteGlobal } from '@/utilities/content'

export async function SiteFooter({ locale }: { locale: Locale }) {
  const [footer, links] = await Promise.all([siteGlobal('footer', locale), linkContext(locale)])
  const t = messagesFor(locale)
  return (
    <footer className="site-footer">
      <div className="container">
        <nav aria-label={t.footerNav}>
          <ul className="nav">
            {(footer.navItems ?? []).map((item) => (
              <li key={item.id}>
                <Link href={linkHref(item, links)}>{item.label}</Link>
              </li>
            ))}
          </ul>
        </nav>
        {footer.text ? <p>{footer.text}</p> : null}
      </div>
    </footer>
  )
}
