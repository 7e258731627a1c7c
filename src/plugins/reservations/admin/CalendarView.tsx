import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'

import { worksFor } from '../../../access/roles'
import { DayTimeline } from './DayTimeline'

/**
 * /admin/calendar — the day as a timeline, one row per table, where staff move bookings. Signed-out
 * visitors go to the login page; only the user's restaurants are offered (the endpoints check again).
 */
export async function CalendarView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, visibleEntities, permissions, locale } = initPageResult
  const admin = req.payload.config.routes.admin
  if (!req.user) redirect(`${admin}/login?redirect=${encodeURIComponent(`${admin}/calendar`)}`)
  const { docs } = await req.payload.find({ collection: 'restaurants', limit: 100, depth: 0, sort: 'name', req, pagination: false })
  const restaurants = docs.filter((r) => worksFor(req.user, r.id, 'host')).map((r) => ({ slug: r.slug, name: r.name }))
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <Gutter>
        <DayTimeline
          restaurants={restaurants}
          language={req.i18n.language === 'fr' ? 'fr' : 'en'}
          initialDate={typeof searchParams?.date === 'string' ? searchParams.date : null}
        />
      </Gutter>
    </DefaultTemplate>
  )
}
