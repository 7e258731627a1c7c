'use client'

import { Button } from '@payloadcms/ui'
import { useState } from 'react'

import type { MoveRequest } from './timelineTypes'
import { useWords } from './useWords'

/** A manager's second, deliberate step after a refusal: a reason, then the change anyway. */
export function OverrideForm({ request, onConfirm, onClose }: { request: MoveRequest; onConfirm: (reason: string) => void; onClose: () => void }) {
  const { t } = useWords()
  const title = t('reservations:timeline:forceTitle', { reference: request.booking.reference })
  const [reason, setReason] = useState('')
  return (
    <form
      aria-label={title}
      onSubmit={(e) => {
        e.preventDefault()
        onConfirm(reason.trim())
      }}
      style={{ display: 'grid', gap: '.5rem', border: '1px solid var(--theme-warning-500)', padding: '.75rem 1rem', borderRadius: 4 }}
    >
      <strong>{title}</strong>
      <span>{t('reservations:timeline:forceExplain')}</span>
      <div style={{ display: 'flex', gap: '1rem', alignItems: 'flex-end', flexWrap: 'wrap' }}>
        <label style={{ display: 'grid' }}>
          {t('reservations:timeline:forceReason')}
          <input type="text" required maxLength={200} value={reason} onChange={(e) => setReason(e.target.value)} />
        </label>
        <Button type="submit" buttonStyle="primary" size="small">
          {t('reservations:timeline:force')}
        </Button>
        <Button type="button" buttonStyle="secondary" size="small" onClick={onClose}>
          {t('reservations:timeline:leave')}
        </Button>
      </div>
    </form>
  )
}
