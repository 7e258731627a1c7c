'use client'

import { TextInput, useField, useFormFields, useTranslation } from '@payloadcms/ui'
import type { NumberFieldClientComponent } from 'payload'
import { useState, type CSSProperties } from 'react'

import { formatMinorPlain, parseMajorAmount } from '../../domain/money'

/**
 * The admin input of an amount stored in minor units. An owner types the price as it is printed on
 * the menu ("12,50" or "12.50"), sees it back in their language, and the form holds 1250. A number
 * field labelled "in cents" would have every owner multiply by 100 in their head, and one slip
 * turns a 12,50 € dish into 0,13 € or 1 250 €; a decimal field would put decimals back in storage.
 * Text that is not an amount stays in the form as text, so the field's validation refuses the save
 * and says why instead of silently clearing the price.
 */
export const AmountInput: NumberFieldClientComponent = ({ field, path: pathFromProps, readOnly }) => {
  const { i18n, t } = useTranslation()
  const { currencyPath, labelKey, descriptionKey } = (field.admin?.custom ?? {}) as { currencyPath?: string; labelKey?: string; descriptionKey?: string }
  // Payload hands custom components fields worded once per collection, in the first reader's
  // language: a label from the dictionary is worded here, in this reader's.
  const word = (key: string) => (t as (key: string) => string)(key)
  const currencyValue = useFormFields(([fields]) => (currencyPath ? fields[currencyPath]?.value : undefined))
  const currency = typeof currencyValue === 'string' && currencyValue ? currencyValue : 'EUR'
  const { value, setValue, showError, disabled, path } = useField<number | string | null>({ potentiallyStalePath: pathFromProps })
  // What the person typed, kept while the form holds what it was read as; any other value (the
  // document loaded, a reset) is shown formatted in the admin's language.
  const [typed, setTyped] = useState<{ text: string; value: number | string | null } | null>(null)
  const shown =
    typed && typed.value === (value ?? null) ? typed.text : typeof value === 'number' ? formatMinorPlain(value, currency, i18n.language) : (value ?? '')
  // As Payload's own fields do: the row's width from admin.width, else grow.
  const style = (field.admin?.width ? { '--field-width': field.admin.width } : { flex: '1 1 auto' }) as CSSProperties

  return (
      <TextInput
        path={path}
        label={labelKey ? word(labelKey) : field.label}
        required={field.required}
        description={descriptionKey ? word(descriptionKey) : (field.admin?.description as string | undefined)}
        placeholder={formatMinorPlain(1250, currency, i18n.language)}
        readOnly={readOnly || disabled}
        style={style}
        showError={showError}
        value={shown}
        AfterInput={<span style={{ paddingInline: 8, alignSelf: 'center' }}>{currency}</span>}
        onChange={(e: React.ChangeEvent<HTMLInputElement>) => {
          const text = e.target.value
          const next = text.trim() === '' ? null : (parseMajorAmount(text, currency) ?? text)
          setTyped({ text, value: next })
          setValue(next)
        }}
      />
  )
}
