import type { NumberField } from 'payload'

import { isMinorUnits } from '../../domain/money'

/**
 * An amount of money stored as an integer count of minor units (cents): `priceMinor: 1250` is
 * 12,50 €. The name ends in `Minor` so that nobody reading the API takes 1250 for euros. In the
 * admin it is typed and shown in euros (`AmountInput`); `currencyPath` names the form field holding
 * the currency, when the document has one.
 */
export function amountField(name: string, label: NumberField['label'], options: { required?: boolean; max?: number; currencyPath?: string; admin?: NumberField['admin']; defaultValue?: number } = {}): NumberField {
  const { required = false, max, currencyPath, admin, defaultValue } = options
  return {
    name,
    label,
    type: 'number',
    required,
    min: 0,
    ...(max === undefined ? {} : { max }),
    ...(defaultValue === undefined ? {} : { defaultValue }),
    validate: (value: unknown) => {
      if (value === null || value === undefined) return required ? 'Enter an amount' : true
      if (!isMinorUnits(value)) return 'Enter an amount such as 12,50'
      if (max !== undefined && value > max) return 'This amount is too large'
      return true
    },
    admin: {
      ...admin,
      custom: { ...admin?.custom, currencyPath },
      components: { ...admin?.components, Field: '/infrastructure/fields/AmountInput#AmountInput', Cell: '/infrastructure/fields/AmountCell#AmountCell' },
    },
  }
}
