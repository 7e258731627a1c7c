'use client'

import { useTranslation } from '@payloadcms/ui'

/**
 * The dashboard's place in the admin's navigation, above the collections. A plain link (a full
 * page load) rather than the admin's client router, which stalled entering this view in our runs.
 */
export function ServiceNavLink() {
  const { i18n } = useTranslation()
  return (
    // eslint-disable-next-line @next/next/no-html-link-for-pages -- see above
    <a href="/admin/service" className="nav__link" style={{ fontWeight: 600, marginBottom: '1rem', display: 'block' }}>
      {i18n.language === 'fr' ? 'Service du jour' : "Today's service"}
    </a>
  )
}
