import type { CollectionConfig } from 'payload'

import { adminsOnly, nobody } from '../../../../infrastructure/access'
import { ADMIN_GROUP } from '../../constants'

/**
 * Every Stripe event we received, once (unique by Stripe's event id): replays are recognised and
 * dropped, and what each event did to which booking stays on record.
 */
export const PaymentEvents: CollectionConfig = {
  slug: 'payment-events',
  labels: { singular: { en: 'Payment event', fr: 'Événement de paiement' }, plural: { en: 'Payment events', fr: 'Événements de paiement' } },
  admin: {
    group: ADMIN_GROUP.reservations,
    useAsTitle: 'eventId',
    defaultColumns: ['createdAt', 'type', 'reservation', 'status', 'outcome'],
    hidden: ({ user }) => !(user as { roles?: string[] } | null)?.roles?.includes('admin'),
  },
  defaultSort: '-createdAt',
  access: { read: adminsOnly, create: nobody, update: nobody, delete: adminsOnly },
  fields: [
    { name: 'eventId', type: 'text', required: true, unique: true, index: true },
    { name: 'type', type: 'text', required: true },
    { name: 'reservation', type: 'relationship', relationTo: 'reservations', index: true },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'received',
      options: ['received', 'applied', 'ignored'].map((value) => ({ label: value, value })),
    },
    { name: 'outcome', type: 'text' },
    { name: 'payload', type: 'json' },
  ],
}
