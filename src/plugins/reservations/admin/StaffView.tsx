import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps, PayloadRequest } from 'payload'
import type { ReactNode } from 'react'

import { worksFor, type Role } from '../../../infrastructure/access/roles'
import { StaffQueryProvider } from '../../../infrastructure/client/staffQueries'
import './staffViews.css'

/** A restaurant the user works for; `manager` when they may change its floor and force its rules. */
export type StaffRestaurant = { slug: string; name: string; manager: boolean; timeZone: string }

export type StaffViewContext = { restaurants: StaffRestaurant[]; searchParams: AdminViewServerProps['searchParams'] }

/** The restaurants the signed-in user works for at `role` or above (admins: all), by name. */
export async function staffRestaurantsOf(req: PayloadRequest, role: Role = 'host'): Promise<StaffRestaurant[]> {
  const { docs } = await req.payload.find({ collection: 'restaurants', limit: 100, depth: 0, sort: 'name', req, pagination: false })
  return docs.filter((r) => worksFor(req.user, r.id, role)).map((r) => ({ slug: r.slug, name: r.name, manager: worksFor(req.user, r.id, 'manager'), timeZone: r.timeZone }))
}

/**
 * The frame every staff view shares. Admin views are public unless they check: this sends anyone
 * signed out to the login page and offers only the restaurants the user works for (the data
 * endpoints check again), inside the admin's own layout. `role` narrows the restaurants to those
 * where the user holds at least that role (analytics: managers). The view is the page's `main`
 * landmark (Payload's template has none), which the accessibility tests scope to.
 */
export async function staffView(props: AdminViewServerProps, path: string, render: (context: StaffViewContext) => ReactNode, role: Role = 'host') {
  const { initPageResult, params, searchParams } = props
  const { req, visibleEntities, permissions, locale } = initPageResult
  const admin = req.payload.config.routes.admin
  if (!req.user) redirect(`${admin}/login?redirect=${encodeURIComponent(`${admin}${path}`)}`)
  const restaurants = await staffRestaurantsOf(req, role)
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
        <main className="staff-main">
          <StaffQueryProvider>{render({ restaurants, searchParams })}</StaffQueryProvider>
        </main>
      </Gutter>
    </DefaultTemplate>
  )
}
