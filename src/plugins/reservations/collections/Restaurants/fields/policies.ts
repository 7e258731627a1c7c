import type { Field } from 'payload'

import { amountField } from '../../../../../infrastructure/fields/amount'
import { label, options } from '../../../translations'

export const policyFields = (): Field[] => [
  {
    name: 'deposit',
    label: label('reservations:restaurant:deposit'),
    type: 'group',
    admin: { description: label('reservations:restaurant:depositHelp') },
    fields: [
      // Says so when this server has no Stripe keys (deposits are then off): decided at render, not in the schema.
      { name: 'depositsNotice', type: 'ui', admin: { components: { Field: '/plugins/reservations/admin/DepositsNotice#DepositsNotice' } } },
      {
        type: 'row',
        fields: [
          {
            name: 'mode',
            label: label('reservations:restaurant:depositMode'),
            type: 'select',
            required: true,
            defaultValue: 'none',
            options: options('depositMode', ['none', 'per_person', 'flat']),
            admin: { width: '34%' },
          },
          amountField('amountMinor', label('reservations:restaurant:depositAmount'), {
            currencyPath: 'currency',
            admin: { width: '33%', condition: (_, s) => s?.mode !== 'none', description: label('reservations:restaurant:depositAmountHelp') },
          }),
          {
            name: 'fromPartySize',
            label: label('reservations:restaurant:fromPartySize'),
            type: 'number',
            min: 1,
            defaultValue: 1,
            admin: { width: '33%', condition: (_, s) => s?.mode !== 'none' },
          },
        ],
      },
      {
        name: 'services',
        label: label('reservations:restaurant:depositServices'),
        type: 'text',
        hasMany: true,
        admin: { condition: (_, s) => s?.mode !== 'none', description: label('reservations:restaurant:depositServicesHelp') },
      },
    ],
  },
  {
    name: 'cancellation',
    label: label('reservations:restaurant:cancellation'),
    type: 'group',
    fields: [
      {
        type: 'row',
        fields: [
          {
            name: 'freeUntilHours',
            label: label('reservations:restaurant:freeUntilHours'),
            type: 'number',
            required: true,
            defaultValue: 24,
            min: 0,
            max: 720,
            admin: { width: '34%' },
          },
          {
            name: 'refundPercentAfter',
            label: label('reservations:restaurant:refundPercentAfter'),
            type: 'number',
            required: true,
            defaultValue: 0,
            min: 0,
            max: 100,
            admin: { width: '33%' },
          },
          amountField('noShowFeeMinor', label('reservations:restaurant:noShowFee'), { currencyPath: 'currency', admin: { width: '33%' } }),
        ],
      },
      { name: 'policyText', label: label('reservations:restaurant:policyText'), type: 'textarea', localized: true },
    ],
  },
]
