import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'

import { worksFor } from '../../../access/roles'
import { FloorPlan } from './FloorPlan'

/**
 * /admin/floor — the room during service: each table's state now and who is due next; a click
 * seats the arriving party. Signed-out visitors go to the login page (the endpoints check again).
 */
export async function FloorView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, visibleEntities, permissions, locale } = initPageResult
  const admin = req.payload.config.routes.admin
  if (!req.user) redirect(`${admin}/login?redirect=${encodeURIComponent(`${admin}/floor`)}`)
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
        <FloorPlan restaurants={restaurants} language={req.i18n.language === 'fr' ? 'fr' : 'en'} />
      </Gutter>
    </DefaultTemplate>
  )
}
