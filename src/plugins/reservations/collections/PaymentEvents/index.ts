import type { CollectionConfig } from 'payload'

import { adminsOnly, nobody } from '../../../../infrastructure/access'
import { label, options } from '../../translations'
import { ADMIN_GROUP } from '../groups'

/**
 * Every Stripe event we received, once (unique by Stripe's event id): replays are recognised and
 * dropped, and what each event did to which booking stays on record.
 */
export const PaymentEvents: CollectionConfig = {
  slug: 'payment-events',
  labels: { singular: label('reservations:collections:paymentEvent'), plural: label('reservations:collections:paymentEvents') },
  admin: {
    group: ADMIN_GROUP.reservations,
    useAsTitle: 'eventId',
    defaultColumns: ['createdAt', 'type', 'reservation', 'status', 'outcome'],
    hidden: ({ user }) => !(user as { roles?: string[] } | null)?.roles?.includes('admin'),
  },
  defaultSort: '-createdAt',
  access: { read: adminsOnly, create: nobody, update: nobody, delete: adminsOnly },
  fields: [
    { name: 'eventId', label: label('reservations:paymentEvent:eventId'), type: 'text', required: true, unique: true, index: true },
    { name: 'type', label: label('reservations:paymentEvent:type'), type: 'text', required: true },
    { name: 'reservation', label: label('reservations:paymentEvent:reservation'), type: 'relationship', relationTo: 'reservations', index: true },
    {
      name: 'status',
      label: label('reservations:paymentEvent:status'),
      type: 'select',
      required: true,
      defaultValue: 'received',
      options: options('paymentEventStatus', ['received', 'applied', 'ignored']),
    },
    { name: 'outcome', label: label('reservations:paymentEvent:outcome'), type: 'text' },
    { name: 'payload', label: label('reservations:paymentEvent:payload'), type: 'json' },
  ],
}
