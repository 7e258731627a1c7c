'use client'

import { useAuth } from '@payloadcms/ui'

import { hasAtLeast } from '../../../infrastructure/access/roles'
import { useWords } from './useWords'
// The staff views' stylesheet travels with the navigation (on every admin page, only when the plugin is on): it also fits Payload's guest screens to a tablet.
import './staffViews.css'

/**
 * The dashboard's place in the admin's navigation, above the collections. A plain link (a full
 * page load) rather than the admin's client router, which stalled entering this view in our runs.
 */
export function ServiceNavLink() {
  const { t } = useWords()
  const { user } = useAuth()
  return (
    <div style={{ display: 'grid', gap: '.5rem', marginBottom: '1rem' }}>
      {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- see above */}
      <a href="/admin/service" className="nav__link" style={{ fontWeight: 600 }}>
        {t('reservations:nav:service')}
      </a>
      {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- see above */}
      <a href="/admin/calendar" className="nav__link" style={{ fontWeight: 600 }}>
        {t('reservations:nav:calendar')}
      </a>
      {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- see above */}
      <a href="/admin/floor" className="nav__link" style={{ fontWeight: 600 }}>
        {t('reservations:nav:floor')}
      </a>
      {/* Figures are for managers and owners; the view and its data check again. */}
      {hasAtLeast(user, 'manager') ? (
        // eslint-disable-next-line @next/next/no-html-link-for-pages -- see above
        <a href="/admin/analytics" className="nav__link" style={{ fontWeight: 600 }}>
          {t('reservations:nav:analytics')}
        </a>
      ) : null}
    </div>
  )
}
