import type { Field } from 'payload'

import { hasAtMostTwoDecimals } from '../../../../../domain/money'

const twoDecimals = (value: null | number | undefined) =>
  value === null || value === undefined || hasAtMostTwoDecimals(value) || 'Use at most two decimals'

export const policyFields = (): Field[] => [
  {
    name: 'deposit',
    type: 'group',
    admin: { description: 'Asked at booking through Stripe Checkout and kept as a guarantee.' },
    fields: [
      // Says so when this server has no Stripe keys (deposits are then off): decided at render, not in the schema.
      { name: 'depositsNotice', type: 'ui', admin: { components: { Field: '/plugins/reservations/admin/DepositsNotice#DepositsNotice' } } },
      {
        type: 'row',
        fields: [
          {
            name: 'mode',
            type: 'select',
            required: true,
            defaultValue: 'none',
            options: [
              { label: 'No deposit', value: 'none' },
              { label: 'Per guest', value: 'per_person' },
              { label: 'Flat per booking', value: 'flat' },
            ],
            admin: { width: '34%' },
          },
          {
            name: 'amount',
            type: 'number',
            min: 0,
            validate: twoDecimals,
            admin: { width: '33%', step: 0.5, condition: (_, s) => s?.mode !== 'none', description: 'In the restaurant currency, e.g. 15.00' },
          },
          {
            name: 'fromPartySize',
            label: 'From party size',
            type: 'number',
            min: 1,
            defaultValue: 1,
            admin: { width: '33%', condition: (_, s) => s?.mode !== 'none' },
          },
        ],
      },
      {
        name: 'services',
        label: 'Only for these services',
        type: 'text',
        hasMany: true,
        admin: { condition: (_, s) => s?.mode !== 'none', description: 'Service names; empty = every service' },
      },
    ],
  },
  {
    name: 'cancellation',
    type: 'group',
    fields: [
      {
        type: 'row',
        fields: [
          {
            name: 'freeUntilHours',
            label: 'Free cancellation until (hours before)',
            type: 'number',
            required: true,
            defaultValue: 24,
            min: 0,
            max: 720,
            admin: { width: '34%' },
          },
          {
            name: 'refundPercentAfter',
            label: 'Deposit refunded after that (%)',
            type: 'number',
            required: true,
            defaultValue: 0,
            min: 0,
            max: 100,
            admin: { width: '33%' },
          },
          {
            name: 'noShowFee',
            label: 'No-show fee per guest',
            type: 'number',
            min: 0,
            validate: twoDecimals,
            admin: { width: '33%' },
          },
        ],
      },
      { name: 'policyText', label: 'Policy shown to diners', type: 'textarea', localized: true },
    ],
  },
]
