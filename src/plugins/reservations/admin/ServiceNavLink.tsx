'use client'

import { useAuth, useTranslation } from '@payloadcms/ui'

import { hasAtLeast } from '../../../infrastructure/access/roles'

/**
 * The dashboard's place in the admin's navigation, above the collections. A plain link (a full
 * page load) rather than the admin's client router, which stalled entering this view in our runs.
 */
export function ServiceNavLink() {
  const { i18n } = useTranslation()
  const { user } = useAuth()
  const fr = i18n.language === 'fr'
  return (
    <div style={{ display: 'grid', gap: '.5rem', marginBottom: '1rem' }}>
      {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- see above */}
      <a href="/admin/service" className="nav__link" style={{ fontWeight: 600 }}>
        {fr ? 'Service du jour' : "Today's service"}
      </a>
      {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- see above */}
      <a href="/admin/calendar" className="nav__link" style={{ fontWeight: 600 }}>
        {fr ? 'Calendrier des réservations' : 'Reservation calendar'}
      </a>
      {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- see above */}
      <a href="/admin/floor" className="nav__link" style={{ fontWeight: 600 }}>
        {fr ? 'Plan de salle' : 'Floor plan'}
      </a>
      {/* Figures are for managers and owners; the view and its data check again. */}
      {hasAtLeast(user, 'manager') ? (
        // eslint-disable-next-line @next/next/no-html-link-for-pages -- see above
        <a href="/admin/analytics" className="nav__link" style={{ fontWeight: 600 }}>
          {fr ? 'Statistiques' : 'Analytics'}
        </a>
      ) : null}
    </div>
  )
}
