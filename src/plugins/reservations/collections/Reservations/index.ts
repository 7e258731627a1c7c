import type { CollectionConfig } from 'payload'

import { canCreateForRestaurant, restaurantScoped } from '../../../../infrastructure/access'
import { restaurantField } from '../../../../infrastructure/fields/restaurant'
import { auditChanges } from '../../../../infrastructure/audit/auditChanges'
import { amountField } from '../../../../infrastructure/fields/amount'
import { phoneField } from '../../../../infrastructure/fields/phone'
import { DEPOSIT_STATUSES, LOCALES, OCCASIONS, RESERVATION_SOURCES, RESERVATION_STATUSES } from '../../constants'
import { SPEND_MAX_MINOR } from '../../../../domain/analytics/trends'
import { bookEndpoint } from '../../endpoints/book'
import { bulkStatusEndpoint } from '../../endpoints/bulkStatus'
import { exportEndpoint } from '../../endpoints/export'
import { findBookingEndpoint } from '../../endpoints/findBooking'
import { manageEndpoints } from '../../endpoints/manage'
import { staffRefundEndpoint } from '../../endpoints/refund'
import { serviceStatusEndpoint } from '../../endpoints/service'
import { notifyAboutReservation } from '../../notifications/triggers/reservation'
import { emitReservationWebhooks } from '../../webhooks/trigger'
import { assignReference } from './hooks/assignReference'
import { auditOverride } from './hooks/auditOverride'
import { countInMetrics } from './hooks/countInMetrics'
import { countVisits } from './hooks/countVisits'
import { enforceBookingRules } from './hooks/enforceBookingRules'
import { fillEndsAt } from './hooks/fillEndsAt'
import { issueManageToken } from './hooks/issueManageToken'
import { stampCancellation } from './hooks/stampCancellation'
import { syncOccupancy } from './hooks/syncOccupancy'
import { label, options } from '../../translations'
import { readReservations } from './access'
import { ADMIN_GROUP } from '../groups'
import { validateTimes } from './hooks/validateTimes'

export const Reservations: CollectionConfig = {
  slug: 'reservations',
  labels: { singular: label('reservations:collections:reservation'), plural: label('reservations:collections:reservations') },
  admin: {
    group: ADMIN_GROUP.reservations,
    useAsTitle: 'reference',
    defaultColumns: ['reference', 'startsAt', 'partySize', 'guestName', 'status', 'tables', 'source', 'restaurant'],
    listSearchableFields: ['reference', 'guestName', 'guestEmail', 'guestPhone'],
    components: { beforeListTable: ['/plugins/reservations/admin/BulkStatusActions#BulkStatusActions'] },
  },
  defaultSort: '-startsAt',
  // Every figure of analytics reads one restaurant's bookings over a range of start times.
  indexes: [{ fields: ['restaurant', 'startsAt'] }],
  // The history staff see: who changed what, and when.
  versions: { maxPerDoc: 50 },
  access: {
    // Personal data: never anonymous, through REST, GraphQL or the admin.
    read: readReservations,
    create: canCreateForRestaurant('host'),
    update: restaurantScoped('host'),
    delete: restaurantScoped('owner'),
  },
  endpoints: [bookEndpoint, bulkStatusEndpoint, exportEndpoint, findBookingEndpoint, ...manageEndpoints, staffRefundEndpoint, serviceStatusEndpoint],
  hooks: {
    beforeValidate: [assignReference, fillEndsAt],
    beforeChange: [validateTimes, stampCancellation, enforceBookingRules, issueManageToken],
    afterChange: [syncOccupancy, countVisits, countInMetrics, auditChanges('reservations'), auditOverride, notifyAboutReservation, emitReservationWebhooks],
  },
  fields: [
    {
      name: 'reference',
      type: 'text',
      unique: true,
      index: true,
      required: true,
      label: label('reservations:reservation:reference'),
      admin: { readOnly: true, position: 'sidebar', description: label('reservations:reservation:referenceHelp') },
    },
    restaurantField({ label: label('reservations:collections:restaurant') }),
    {
      name: 'status',
      label: label('reservations:reservation:status'),
      type: 'select',
      required: true,
      defaultValue: 'confirmed',
      options: options('status', RESERVATION_STATUSES),
      index: true,
      admin: { position: 'sidebar' },
    },
    // What the table spent, typed by staff when they complete the visit: the revenue in analytics.
    amountField('spendMinor', label('reservations:trends:spend'), {
      max: SPEND_MAX_MINOR,
      currencyPath: 'deposit.currency',
      admin: { position: 'sidebar', description: label('reservations:trends:spendHelp'), condition: (data) => data?.status === 'completed' || typeof data?.spendMinor === 'number' },
    }),
    {
      name: 'source',
      label: label('reservations:reservation:source'),
      type: 'select',
      required: true,
      defaultValue: 'staff',
      options: options('source', RESERVATION_SOURCES),
      admin: { position: 'sidebar' },
    },
    {
      // The partner's key that made the booking (source `api`): it alone may change or cancel it.
      name: 'integration',
      label: label('reservations:reservation:integration'),
      type: 'relationship',
      relationTo: 'integrations',
      index: true,
      admin: { position: 'sidebar', readOnly: true, condition: (data) => Boolean(data?.integration) },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'startsAt',
          label: label('reservations:reservation:startsAt'),
          type: 'date',
          required: true,
          index: true,
          admin: { width: '40%', date: { pickerAppearance: 'dayAndTime', timeIntervals: 15 } },
        },
        {
          name: 'endsAt',
          label: label('reservations:reservation:endsAt'),
          type: 'date',
          required: true,
          admin: { width: '40%', date: { pickerAppearance: 'dayAndTime', timeIntervals: 15 } },
        },
        { name: 'partySize', label: label('reservations:reservation:partySize'), type: 'number', required: true, min: 1, max: 100, admin: { width: '20%' } },
      ],
    },
    {
      name: 'tables',
      label: label('reservations:reservation:tables'),
      type: 'relationship',
      relationTo: 'tables',
      hasMany: true,
      filterOptions: ({ data }) => {
        const restaurant = (data as { restaurant?: unknown })?.restaurant
        if (!restaurant) return true
        return { restaurant: { equals: typeof restaurant === 'object' ? (restaurant as { id: unknown }).id : restaurant } } as never
      },
    },
    {
      type: 'collapsible',
      label: label('reservations:reservation:guestSection'),
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'guestName', label: label('reservations:reservation:guestName'), type: 'text', required: true, maxLength: 120, admin: { width: '50%' } },
            { name: 'guestEmail', label: label('reservations:reservation:guestEmail'), type: 'email', admin: { width: '50%' } },
          ],
        },
        {
          type: 'row',
          fields: [
            phoneField('guestPhone', { label: label('reservations:reservation:guestPhone'), admin: { width: '50%' } }),
            { name: 'guestLocale', label: label('reservations:reservation:guestLocale'), type: 'select', options: LOCALES, defaultValue: 'fr', admin: { width: '50%' } },
          ],
        },
        { name: 'guest', label: label('reservations:reservation:guest'), type: 'relationship', relationTo: 'guests', admin: { description: label('reservations:reservation:guestHelp') } },
        {
          name: 'guestAtAGlance',
          type: 'ui',
          admin: { components: { Field: '/plugins/reservations/admin/GuestAtAGlance#GuestAtAGlance' } },
        },
        { name: 'occasion', label: label('reservations:reservation:occasion'), type: 'select', options: options('occasion', OCCASIONS) },
        { name: 'specialRequests', label: label('reservations:reservation:specialRequests'), type: 'textarea', maxLength: 1000 },
        {
          name: 'internalNotes',
          label: label('reservations:reservation:internalNotes'),
          type: 'textarea',
          admin: { description: label('reservations:reservation:internalNotesHelp') },
        },
      ],
    },
    {
      name: 'deposit',
      label: label('reservations:reservation:deposit'),
      type: 'group',
      admin: { description: label('reservations:reservation:depositHelp') },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'required', label: label('reservations:reservation:depositRequired'), type: 'checkbox', defaultValue: false, admin: { width: '25%' } },
            amountField('amountMinor', label('reservations:reservation:depositAmount'), { currencyPath: 'deposit.currency', admin: { width: '25%' } }),
            { name: 'currency', label: label('reservations:reservation:depositCurrency'), type: 'text', defaultValue: 'EUR', admin: { width: '25%' } },
            { name: 'status', label: label('reservations:reservation:depositStatus'), type: 'select', options: options('depositStatus', DEPOSIT_STATUSES), defaultValue: 'none', admin: { width: '25%' } },
          ],
        },
        {
          type: 'row',
          fields: [
            amountField('refundedMinor', label('reservations:reservation:refundedAmount'), { currencyPath: 'deposit.currency', defaultValue: 0, admin: { width: '25%' } }),
            { name: 'stripeCheckoutSessionId', label: label('reservations:reservation:stripeCheckoutSessionId'), type: 'text', admin: { readOnly: true, width: '37%' } },
            { name: 'stripePaymentIntentId', label: label('reservations:reservation:stripePaymentIntentId'), type: 'text', admin: { readOnly: true, width: '38%' } },
          ],
        },
        {
          name: 'refundAction',
          type: 'ui',
          admin: { components: { Field: '/plugins/reservations/admin/RefundDeposit#RefundDeposit' } },
        },
      ],
    },
    {
      type: 'collapsible',
      label: label('reservations:reservation:overrideSection'),
      admin: { initCollapsed: true, description: label('reservations:reservation:overrideSectionHelp') },
      fields: [
        {
          name: 'overrideRules',
          label: label('reservations:reservation:overrideRules'),
          type: 'checkbox',
          virtual: true,
          admin: { description: label('reservations:reservation:overrideRulesHelp') },
        },
        { name: 'overrideReason', label: label('reservations:reservation:overrideReason'), type: 'text', virtual: true },
      ],
    },
    {
      name: 'holdExpiresAt',
      label: label('reservations:reservation:holdExpiresAt'),
      type: 'date',
      admin: { position: 'sidebar', readOnly: true, description: label('reservations:reservation:holdExpiresAtHelp') },
    },
    {
      name: 'manageTokenHash',
      type: 'text',
      index: true,
      // Only the hash is stored (see utilities/manageToken).
      // Hidden: out of every API response and of the GraphQL schema, readable only in server code.
      hidden: true,
    },
    { name: 'manageTokenSalt', type: 'text', hidden: true },
    {
      name: 'smsConsent',
      label: label('reservations:reservation:smsConsent'),
      type: 'checkbox',
      defaultValue: false,
      admin: { position: 'sidebar', description: label('reservations:reservation:smsConsentHelp') },
    },
    {
      name: 'reminderSentAt',
      label: label('reservations:reservation:reminderSentAt'),
      type: 'date',
      admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'messages',
      label: label('reservations:reservation:messages'),
      type: 'join',
      collection: 'message-log',
      on: 'reservation',
      defaultSort: '-createdAt',
      defaultLimit: 10,
      admin: { defaultColumns: ['createdAt', 'channel', 'kind', 'to', 'status', 'sentAt'] },
    },
    {
      name: 'paymentEvents',
      label: label('reservations:reservation:paymentEvents'),
      type: 'join',
      collection: 'payment-events',
      on: 'reservation',
      defaultSort: '-createdAt',
      defaultLimit: 10,
      admin: { defaultColumns: ['createdAt', 'type', 'status', 'outcome'] },
    },
    {
      name: 'cancellation',
      label: label('reservations:reservation:cancellation'),
      type: 'group',
      admin: { condition: (data) => data?.status === 'cancelled' },
      fields: [
        { name: 'cancelledAt', label: label('reservations:reservation:cancelledAt'), type: 'date', admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'cancelledBy', label: label('reservations:reservation:cancelledBy'), type: 'select', options: options('cancelledBy', ['guest', 'staff', 'system']) },
        { name: 'cancelledByUser', label: label('reservations:reservation:cancelledByUser'), type: 'relationship', relationTo: 'users', admin: { readOnly: true } },
        { name: 'reason', label: label('reservations:reservation:cancellationReason'), type: 'textarea' },
      ],
    },
  ],
}
