import { getTranslation } from '@payloadcms/translations'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'

import { StaffQueryProvider } from '../../../infrastructure/client/staffQueries'
import { ServiceBoard } from './ServiceBoard'
import { staffRestaurantsOf } from './StaffView'
import type { ReservationsKey } from '../translations/types'
import './staffViews.css'

/** The admin's groups of collections and globals, as Payload's navigation lists them (already filtered by read access). */
type NavGroup = { label: string; entities: { slug: string; type: 'collections' | 'globals'; label: string | Record<string, string> }[] }

/**
 * /admin for staff: today's service first (the screen a host opens at the start of a shift), then
 * every collection a click away, since on a tablet the navigation is folded behind its button.
 * Replaces Payload's dashboard (the plugin sets it only when enabled and the host set none).
 * Payload renders it inside its own template, signed in (the login page comes first).
 */
export async function StaffHome(props: AdminViewServerProps & { navGroups?: NavGroup[] }) {
  const { req } = props.initPageResult
  const { i18n } = req
  const t = (key: ReservationsKey) => i18n.t(key as Parameters<typeof i18n.t>[0])
  const restaurants = req.user ? await staffRestaurantsOf(req) : []
  const admin = req.payload.config.routes.admin
  return (
    <Gutter>
      <main className="staff-main">
        {restaurants.length ? (
          // The same query cache as the staff views (StaffView), so the board fetches as it does there.
          <StaffQueryProvider>
            <ServiceBoard restaurants={restaurants} outlook />
          </StaffQueryProvider>
        ) : (
          <p className="staff-view" data-testid="no-restaurant">
            {t('reservations:home:noRestaurant')}
          </p>
        )}
        <nav className="staff-view staff-home__collections" aria-labelledby="everything-else" data-testid="home-collections">
          <h2 id="everything-else">{t('reservations:home:everythingElse')}</h2>
          {(props.navGroups ?? []).map((group) => (
            <section key={group.label} aria-label={group.label}>
              <h3>{group.label}</h3>
              <ul>
                {group.entities.map((entity) => (
                  <li key={`${entity.type}-${entity.slug}`}>
                    <a href={`${admin}/${entity.type}/${entity.slug}`}>{getTranslation(entity.label, i18n)}</a>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </nav>
      </main>
    </Gutter>
  )
}
