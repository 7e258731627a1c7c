import type { NumberField } from 'payload'

import { errorMessage } from '../../domain/errors'
import { languageOf } from '../../domain/locale'
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
    // Worded from the refusal table in the language of whoever saves (the admin's, or the API's Accept-Language).
    validate: (value: unknown, { req }: { req: { i18n?: { language?: string } } }) => {
      const say = (code: 'required' | 'invalid_amount' | 'amount_too_large') => errorMessage(code, languageOf(req.i18n?.language))
      if (value === null || value === undefined) return required ? say('required') : true
      if (!isMinorUnits(value)) return say('invalid_amount')
      if (max !== undefined && value > max) return say('amount_too_large')
      return true
    },
    admin: {
      ...admin,
      custom: { ...admin?.custom, currencyPath, labelKey: translationKeyOf(label), descriptionKey: translationKeyOf(admin?.description) },
      components: { ...admin?.components, Field: '/infrastructure/fields/AmountInput#AmountInput', Cell: '/infrastructure/fields/AmountCell#AmountCell' },
    },
  }
}

/** The dictionary key a label function carries (see the plugin's `label()`), so `AmountInput` words it in the reader's language. */
function translationKeyOf(text: unknown): string | undefined {
  const key = typeof text === 'function' ? (text as unknown as { translationKey?: unknown }).translationKey : undefined
  return typeof key === 'string' ? key : undefined
}
