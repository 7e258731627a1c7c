import { stripePlugin } from '@payloadcms/plugin-stripe'
import type { CollectionConfig, Config } from 'payload'

import { Feedback } from './collections/Feedback'
import { Guests } from './collections/Guests'
import { Integrations } from './collections/Integrations'
import { MessageLog } from './collections/MessageLog'
import { PaymentEvents } from './collections/PaymentEvents'
import { Reservations } from './collections/Reservations'
import { restaurantsCollection } from './collections/Restaurants'
import { Tables } from './collections/Tables'
import { Waitlist } from './collections/Waitlist'
import { withBookingGraphQL } from './graphql'
import { WebhookDeliveries } from './collections/WebhookDeliveries'
import { WebhookEndpoints } from './collections/WebhookEndpoints'
import { withNotificationJobs } from './notifications'
import { receiveStripeEvent } from './payments/events'
import { SETTINGS_KEY } from './settings'
import { withTranslations } from './translations'
import { resolveOptions, type ReservationsPluginOptions, type ResolvedReservationsPluginOptions } from './types'

/*
 * The plugin's one public entry. The host (payload.config.ts, the site, diner accounts, health
 * checks) imports from here and nowhere else in this folder; CI enforces it (.dependency-cruiser.cjs).
 */
export type { ReservationsPluginOptions } from './types'
export { paymentSettingsFromEnv, paymentSettingsOf, type PaymentSettings } from './payments/config'
export { effectiveDepositPolicy } from './payments/policy'
export { reconcileReservation } from './payments/reconcile'
export { smsFromEnv, twilioSms, type SmsProvider } from './notifications/sms'
export { queueMessage } from './notifications/queue'
export { staffAddress } from './notifications/triggers/reservation'
export { guestView, manageUrl, reservationByToken, type GuestView } from './services/booking'
export { daysBetweenDates, upcomingDays } from './services/daySummaries'
export { nextFreeTimes, type NextTimes } from './services/nextTimes'
export { manageTokenFromSalt } from './utilities/manageToken'
export { feedbackByToken, feedbackGuestView, type FeedbackGuestView } from './services/feedback'
export { LOCALES, INTEGRATION_SCOPES } from './constants'
export { integrationMay, isIntegration, requireScope, type IntegrationScope, type IntegrationUser } from './access/integrations'

/**
 * Staff views: each checks the user itself (admin views are public otherwise). /admin opens on
 * today's service (StaffHome) unless the host brought its own dashboard.
 */
function withStaffViews(config: Config): Config['admin'] {
  return {
    ...config.admin,
    components: {
      ...config.admin?.components,
      views: {
        ...config.admin?.components?.views,
        dashboard: config.admin?.components?.views?.dashboard ?? { Component: '/plugins/reservations/admin/StaffHome#StaffHome' },
        service: { Component: '/plugins/reservations/admin/ServiceView#ServiceView', path: '/service' },
        calendar: { Component: '/plugins/reservations/admin/CalendarView#CalendarView', path: '/calendar' },
        floor: { Component: '/plugins/reservations/admin/FloorView#FloorView', path: '/floor' },
        analytics: { Component: '/plugins/reservations/admin/AnalyticsView#AnalyticsView', path: '/analytics' },
      },
      beforeNavLinks: [...(config.admin?.components?.beforeNavLinks ?? []), '/plugins/reservations/admin/ServiceNavLink#ServiceNavLink'],
    },
  }
}

/**
 * Stripe's webhooks at /api/stripe/webhooks, signature checked by plugin-stripe; our handler only
 * stores each event and queues its job (payments/events.ts). Only when deposits are configured.
 */
function withStripeWebhooks(config: Config, options: ResolvedReservationsPluginOptions): Config {
  if (!options.enabled || !options.payments) return config
  const { secretKey, webhookSecret } = options.payments
  return stripePlugin({ stripeSecretKey: secretKey, stripeWebhooksEndpointSecret: webhookSecret, webhooks: receiveStripeEvent })(config)
}

/**
 * The reservation plugin: restaurants, tables, reservations, guests and the waitlist, the staff
 * views, the booking endpoints, deposits through Stripe, the notification jobs (email, SMS) and
 * signed webhooks to the addresses owners register.
 * Its words (labels, options, views) are Payload translations in the `reservations:` namespace,
 * merged into the host's `i18n`.
 * Collections are always added, even when disabled, so the schema and migrations stay stable.
 */
export const reservationsPlugin =
  (pluginOptions: ReservationsPluginOptions = {}) =>
  (config: Config): Config => {
    const options = resolveOptions(pluginOptions)
    // Disabled: same collections (stable schema), but none of their custom endpoints.
    const withoutEndpoints = (collection: CollectionConfig): CollectionConfig => (options.enabled ? collection : { ...collection, endpoints: [] })
    const withCollections: Config = {
      ...config,
      collections: [
        ...(config.collections ?? []),
        ...[restaurantsCollection(options), Tables, Reservations, Guests, Waitlist, Integrations, WebhookEndpoints, Feedback].map(withoutEndpoints),
        MessageLog,
        PaymentEvents,
        WebhookDeliveries,
      ],
      jobs: withNotificationJobs(config, options),
      admin: options.enabled ? withStaffViews(config) : config.admin,
      // Server-only (never sent to the admin's browser): read at run time through settingsOf().
      custom: { ...config.custom, [SETTINGS_KEY]: options },
    }
    // GraphQL's booking operations go with the REST endpoints: none when disabled.
    const withOperations = options.enabled ? withBookingGraphQL(withCollections) : withCollections
    return withTranslations(withStripeWebhooks(withOperations, options))
  }
