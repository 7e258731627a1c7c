'use client'

import { Button } from '@payloadcms/ui'
import { useState } from 'react'

import type { MoveRequest } from './timelineTypes'

const TEXT = {
  en: {
    title: (ref: string) => `Force the change to ${ref}?`,
    explain: 'The booking rules refused it. As a manager you may force it; your name and reason go to the audit log.',
    reason: 'Why',
    confirm: 'Force the change',
    cancel: 'Leave it',
  },
  fr: {
    title: (ref: string) => `Forcer le changement de ${ref} ?`,
    explain: "Les règles de réservation l'ont refusé. En tant que responsable, vous pouvez le forcer ; votre nom et la raison sont inscrits au journal d'audit.",
    reason: 'Raison',
    confirm: 'Forcer le changement',
    cancel: 'Laisser',
  },
}

/** A manager's second, deliberate step after a refusal: a reason, then the change anyway. */
export function OverrideForm({ request, language, onConfirm, onClose }: { request: MoveRequest; language: 'fr' | 'en'; onConfirm: (reason: string) => void; onClose: () => void }) {
  const t = TEXT[language]
  const [reason, setReason] = useState('')
  return (
    <form
      aria-label={t.title(request.booking.reference)}
      onSubmit={(e) => {
        e.preventDefault()
        onConfirm(reason.trim())
      }}
      style={{ display: 'grid', gap: '.5rem', border: '1px solid var(--theme-warning-500)', padding: '.75rem 1rem', borderRadius: 4 }}
    >
      <strong>{t.title(request.booking.reference)}</strong>
      <span>{t.explain}</span>
      <div style={{ display: 'flex', gap: '1rem', alignItems: 'flex-end', flexWrap: 'wrap' }}>
        <label style={{ display: 'grid' }}>
          {t.reason}
          <input type="text" required maxLength={200} value={reason} onChange={(e) => setReason(e.target.value)} />
        </label>
        <Button type="submit" buttonStyle="primary" size="small">
          {t.confirm}
        </Button>
        <Button type="button" buttonStyle="secondary" size="small" onClick={onClose}>
          {t.cancel}
        </Button>
      </div>
    </form>
  )
}
