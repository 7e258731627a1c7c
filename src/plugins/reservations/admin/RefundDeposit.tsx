'use client'

import { Button, useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import { useState } from 'react'

import { formatMinor, parseMajorAmount } from '../../../domain/money'
import { sendJson } from '../../../infrastructure/client/sendJson'
import { useWords } from './useWords'

/**
 * On a reservation with a paid deposit: refund part or all of it, with a reason. Calls the same
 * endpoint an API consumer would (POST /api/reservations/:id/refund), which checks the amount
 * and the user's rights and records who did it.
 */
export function RefundDeposit() {
  const { id } = useDocumentInfo()
  const status = useFormFields(([fields]) => fields['deposit.status']?.value as string | undefined)
  const { i18n } = useTranslation()
  const paid = Number(useFormFields(([fields]) => fields['deposit.amountMinor']?.value) ?? 0)
  const refunded = Number(useFormFields(([fields]) => fields['deposit.refundedMinor']?.value) ?? 0)
  const currency = (useFormFields(([fields]) => fields['deposit.currency']?.value) as string | undefined) ?? 'EUR'
  const [amount, setAmount] = useState('')
  const [reason, setReason] = useState('')
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null)
  const [busy, setBusy] = useState(false)
  const { t } = useWords()

  if (!id || (status !== 'paid' && status !== 'partially_refunded')) return null
  const left = paid - refunded
  // Typed as the owner reads it (12,50), sent as minor units (1250).
  const amountMinor = parseMajorAmount(amount, currency)

  async function refund() {
    setBusy(true)
    setResult(null)
    try {
      const result = await sendJson('POST', `/api/reservations/${id}/refund`, { amountMinor, reason })
      setResult(result.ok ? { ok: true, text: t('reservations:refund:sent', { amount: formatMinor(amountMinor ?? 0, currency, i18n.language) }) } : { ok: false, text: result.reason })
    } catch {
      setResult({ ok: false, text: t('reservations:refund:offline') })
    } finally {
      setBusy(false)
    }
  }

  return (
    <fieldset style={{ border: '1px solid var(--theme-elevation-150)', borderRadius: 4, padding: '1rem', marginBottom: '1.5rem' }}>
      <legend>{t('reservations:refund:title')}</legend>
      <p style={{ marginTop: 0 }}>
        {t('reservations:refund:left', { amount: formatMinor(left, currency, i18n.language) })}
      </p>
      <div style={{ display: 'flex', gap: '1rem', flexWrap: 'wrap', alignItems: 'flex-end' }}>
        <label style={{ display: 'grid', gap: 4 }}>
          {t('reservations:refund:amount', { currency })}
          <input type="text" inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} aria-invalid={amount !== '' && amountMinor === null} />
        </label>
        <label style={{ display: 'grid', gap: 4, flex: '1 1 16rem' }}>
          {t('reservations:refund:reason')}
          <input type="text" value={reason} onChange={(e) => setReason(e.target.value)} placeholder={t('reservations:refund:reasonPlaceholder')} />
        </label>
        <Button buttonStyle="secondary" disabled={busy || !amountMinor || amountMinor > left || reason.trim().length < 3} onClick={refund}>
          {t('reservations:refund:refund')}
        </Button>
      </div>
      {result ? (
        <p role={result.ok ? 'status' : 'alert'} style={{ color: result.ok ? 'var(--theme-success-500)' : 'var(--theme-error-500)' }}>
          {result.text}
        </p>
      ) : null}
    </fieldset>
  )
}
