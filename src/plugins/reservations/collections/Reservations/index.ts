import type { CollectionConfig } from 'payload'

import { canCreateForRestaurant, restaurantScoped } from '../../../../infrastructure/access'
import { restaurantField } from '../../../../infrastructure/fields/restaurant'
import { auditChanges } from '../../../../infrastructure/audit/auditChanges'
import {
  ADMIN_GROUP,
  DEPOSIT_STATUSES,
  LOCALES,
  OCCASIONS,
  RESERVATION_SOURCES,
  RESERVATION_STATUSES,
} from '../../constants'
import { bookEndpoint } from '../../endpoints/book'
import { bulkStatusEndpoint } from '../../endpoints/bulkStatus'
import { exportEndpoint } from '../../endpoints/export'
import { manageEndpoints } from '../../endpoints/manage'
import { staffRefundEndpoint } from '../../endpoints/refund'
import { serviceStatusEndpoint } from '../../endpoints/service'
import { notifyAboutReservation } from '../../notifications/triggers/reservation'
import { assignReference } from './hooks/assignReference'
import { auditOverride } from './hooks/auditOverride'
import { countInMetrics } from './hooks/countInMetrics'
import { countVisits } from './hooks/countVisits'
import { enforceBookingRules } from './hooks/enforceBookingRules'
import { fillEndsAt } from './hooks/fillEndsAt'
import { issueManageToken } from './hooks/issueManageToken'
import { stampCancellation } from './hooks/stampCancellation'
import { syncOccupancy } from './hooks/syncOccupancy'
import { validateTimes } from './hooks/validateTimes'

export const Reservations: CollectionConfig = {
  slug: 'reservations',
  labels: { singular: { en: 'Reservation', fr: 'Réservation' }, plural: { en: 'Reservations', fr: 'Réservations' } },
  admin: {
    group: ADMIN_GROUP.reservations,
    useAsTitle: 'reference',
    defaultColumns: ['reference', 'startsAt', 'partySize', 'guestName', 'status', 'tables', 'source', 'restaurant'],
    listSearchableFields: ['reference', 'guestName', 'guestEmail', 'guestPhone'],
    components: { beforeListTable: ['/plugins/reservations/admin/BulkStatusActions#BulkStatusActions'] },
  },
  defaultSort: '-startsAt',
  // The history staff see: who changed what, and when.
  versions: { maxPerDoc: 50 },
  access: {
    // Personal data: never anonymous, through REST, GraphQL or the admin.
    read: restaurantScoped('host'),
    create: canCreateForRestaurant('host'),
    update: restaurantScoped('host'),
    delete: restaurantScoped('owner'),
  },
  endpoints: [bookEndpoint, bulkStatusEndpoint, exportEndpoint, ...manageEndpoints, staffRefundEndpoint, serviceStatusEndpoint],
  hooks: {
    beforeValidate: [assignReference, fillEndsAt],
    beforeChange: [validateTimes, stampCancellation, enforceBookingRules, issueManageToken],
    afterChange: [syncOccupancy, countVisits, countInMetrics, auditChanges('reservations'), auditOverride, notifyAboutReservation],
  },
  fields: [
    {
      name: 'reference',
      type: 'text',
      unique: true,
      index: true,
      required: true,
      admin: { readOnly: true, position: 'sidebar', description: 'Given to the guest; generated on creation.' },
    },
    restaurantField(),
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'confirmed',
      options: RESERVATION_STATUSES,
      index: true,
      admin: { position: 'sidebar' },
    },
    {
      name: 'source',
      type: 'select',
      required: true,
      defaultValue: 'staff',
      options: RESERVATION_SOURCES,
      admin: { position: 'sidebar' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'startsAt',
          type: 'date',
          required: true,
          index: true,
          admin: { width: '40%', date: { pickerAppearance: 'dayAndTime', timeIntervals: 15 } },
        },
        {
          name: 'endsAt',
          type: 'date',
          required: true,
          admin: { width: '40%', date: { pickerAppearance: 'dayAndTime', timeIntervals: 15 } },
        },
        { name: 'partySize', type: 'number', required: true, min: 1, max: 100, admin: { width: '20%' } },
      ],
    },
    {
      name: 'tables',
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
      label: 'Guest',
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'guestName', label: 'Name', type: 'text', required: true, maxLength: 120, admin: { width: '50%' } },
            { name: 'guestEmail', label: 'Email', type: 'email', admin: { width: '50%' } },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'guestPhone', label: 'Phone', type: 'text', maxLength: 32, admin: { width: '50%' } },
            { name: 'guestLocale', label: 'Language', type: 'select', options: LOCALES, defaultValue: 'fr', admin: { width: '50%' } },
          ],
        },
        { name: 'guest', type: 'relationship', relationTo: 'guests', admin: { description: 'The CRM profile' } },
        {
          name: 'guestAtAGlance',
          type: 'ui',
          admin: { components: { Field: '/plugins/reservations/admin/GuestAtAGlance#GuestAtAGlance' } },
        },
        { name: 'occasion', type: 'select', options: OCCASIONS },
        { name: 'specialRequests', type: 'textarea', maxLength: 1000 },
        {
          name: 'internalNotes',
          type: 'textarea',
          admin: { description: 'Staff only: never shown to the guest.' },
        },
      ],
    },
    {
      name: 'deposit',
      type: 'group',
      admin: { description: 'Filled by the booking flow and Stripe.' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'required', type: 'checkbox', defaultValue: false, admin: { width: '25%' } },
            { name: 'amount', type: 'number', min: 0, admin: { width: '25%' } },
            { name: 'currency', type: 'text', defaultValue: 'EUR', admin: { width: '25%' } },
            { name: 'status', type: 'select', options: DEPOSIT_STATUSES, defaultValue: 'none', admin: { width: '25%' } },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'refundedAmount', type: 'number', min: 0, defaultValue: 0, admin: { width: '25%' } },
            { name: 'stripeCheckoutSessionId', type: 'text', admin: { readOnly: true, width: '37%' } },
            { name: 'stripePaymentIntentId', type: 'text', admin: { readOnly: true, width: '38%' } },
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
      label: 'Override booking rules',
      admin: { initCollapsed: true, description: 'For staff who must force a booking the rules refuse. Recorded in the audit log.' },
      fields: [
        {
          name: 'overrideRules',
          label: 'Override booking rules (hours, pacing, table fit) for this change',
          type: 'checkbox',
          virtual: true,
          admin: { description: 'Never allows a table to be booked twice at the same time.' },
        },
        { name: 'overrideReason', label: 'Why', type: 'text', virtual: true },
      ],
    },
    {
      name: 'holdExpiresAt',
      type: 'date',
      admin: { position: 'sidebar', readOnly: true, description: 'Unpaid bookings release their tables then.' },
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
      label: 'Guest accepts text messages',
      type: 'checkbox',
      defaultValue: false,
      admin: { position: 'sidebar', description: 'Confirmation and reminder by SMS, when SMS is configured.' },
    },
    {
      name: 'reminderSentAt',
      type: 'date',
      admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'messages',
      label: 'Emails and SMS sent',
      type: 'join',
      collection: 'message-log',
      on: 'reservation',
      defaultSort: '-createdAt',
      defaultLimit: 10,
      admin: { defaultColumns: ['createdAt', 'channel', 'kind', 'to', 'status', 'sentAt'] },
    },
    {
      name: 'paymentEvents',
      label: 'Payment events',
      type: 'join',
      collection: 'payment-events',
      on: 'reservation',
      defaultSort: '-createdAt',
      defaultLimit: 10,
      admin: { defaultColumns: ['createdAt', 'type', 'status', 'outcome'] },
    },
    {
      name: 'cancellation',
      type: 'group',
      admin: { condition: (data) => data?.status === 'cancelled' },
      fields: [
        { name: 'cancelledAt', type: 'date', admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'cancelledBy', type: 'select', options: ['guest', 'staff', 'system'].map((v) => ({ label: v, value: v })) },
        { name: 'cancelledByUser', type: 'relationship', relationTo: 'users', admin: { readOnly: true } },
        { name: 'reason', type: 'textarea' },
      ],
    },
  ],
}
