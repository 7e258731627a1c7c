import type { CollectionConfig, Config } from 'payload'

import { Guests } from './collections/Guests'
import { MessageLog } from './collections/MessageLog'
import { PaymentEvents } from './collections/PaymentEvents'
import { Reservations } from './collections/Reservations'
import { restaurantsCollection } from './collections/Restaurants'
import { Tables } from './collections/Tables'
import { Waitlist } from './collections/Waitlist'
import { withNotificationJobs } from './notifications'
import { resolveOptions, type ReservationsPluginOptions } from './types'

export type { ReservationsPluginOptions } from './types'

/**
 * The reservation plugin: restaurants, tables, reservations, guests and the waitlist, and the
 * notification jobs (email, SMS) with their message log.
 * Collections are always added, even when disabled, so the schema and migrations stay stable.
 */
export const reservationsPlugin =
  (pluginOptions: ReservationsPluginOptions = {}) =>
  (config: Config): Config => {
    const options = resolveOptions(pluginOptions)
    // Disabled: same collections (stable schema), but no public booking endpoints.
    const withoutEndpoints = (collection: CollectionConfig): CollectionConfig =>
      options.enabled ? collection : { ...collection, endpoints: [] }
    return {
      ...config,
      collections: [
        ...(config.collections ?? []),
        ...[restaurantsCollection(options), Tables, Reservations, Guests, Waitlist].map(withoutEndpoints),
        MessageLog,
        PaymentEvents,
      ],
      jobs: withNotificationJobs(config),
      admin: {
        ...config.admin,
        components: {
          ...config.admin?.components,
          // Staff views: each checks the user itself (admin views are public otherwise).
          views: {
            ...config.admin?.components?.views,
            service: { Component: '/plugins/reservations/admin/ServiceView#ServiceView', path: '/service' },
            calendar: { Component: '/plugins/reservations/admin/CalendarView#CalendarView', path: '/calendar' },
            floor: { Component: '/plugins/reservations/admin/FloorView#FloorView', path: '/floor' },
            analytics: { Component: '/plugins/reservations/admin/AnalyticsView#AnalyticsView', path: '/analytics' },
          },
          beforeNavLinks: [...(config.admin?.components?.beforeNavLinks ?? []), '/plugins/reservations/admin/ServiceNavLink#ServiceNavLink'],
        },
      },
      custom: { ...config.custom, reservations: options },
    }
  }
