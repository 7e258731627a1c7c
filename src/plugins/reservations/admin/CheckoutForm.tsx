'use client'

import { Button } from '@payloadcms/ui'
import { useId, useState } from 'react'

import { parseMajorAmount } from '../../../domain/money'
import { useWords } from './useWords'

/**
 * Completing a visit from the service board: what the table spent, typed as printed on the bill
 * ("45,50"), optional. Sent in minor units with the move; empty completes without a spend.
 */
export function CheckoutForm({ reference, currency, onComplete, onCancel }: { reference: string; currency: string; onComplete: (spendMinor: number | undefined) => void; onCancel: () => void }) {
  const { t } = useWords()
  const id = useId()
  const [text, setText] = useState('')
  const [invalid, setInvalid] = useState(false)
  return (
    <form
      className="service-checkout"
      data-testid="checkout-form"
      onSubmit={(e) => {
        e.preventDefault()
        if (!text.trim()) return onComplete(undefined)
        const spendMinor = parseMajorAmount(text, currency)
        if (spendMinor === null) return setInvalid(true)
        onComplete(spendMinor)
      }}
    >
      <label htmlFor={id}>
        {t('reservations:trends:spendLabel')} ({currency})
      </label>
      <input
        id={id}
        name="spend"
        inputMode="decimal"
        autoComplete="off"
        autoFocus
        value={text}
        aria-invalid={invalid}
        aria-describedby={invalid ? `${id}-error` : undefined}
        onChange={(e) => {
          setText(e.target.value)
          setInvalid(false)
        }}
      />
      {invalid ? (
        <span id={`${id}-error`} role="alert" className="service-checkout__error">
          {t('reservations:trends:spendInvalid')}
        </span>
      ) : null}
      <Button type="submit" size="small" margin={false} aria-label={`${t('reservations:trends:completeWithSpend')} ${reference}`}>
        {t('reservations:trends:completeWithSpend')}
      </Button>
      <Button type="button" buttonStyle="secondary" size="small" margin={false} onClick={onCancel}>
        {t('reservations:trends:cancel')}
      </Button>
    </form>
  )
}
