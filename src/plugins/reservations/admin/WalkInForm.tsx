'use client'

import { Button } from '@payloadcms/ui'
import { useState } from 'react'

const TEXT = {
  en: { title: (table: string) => `Walk-in at ${table}`, party: 'Guests', name: 'Name (optional)', seat: 'Seat them', close: 'Close' },
  fr: { title: (table: string) => `Sans réservation à ${table}`, party: 'Couverts', name: 'Nom (facultatif)', seat: 'Installer', close: 'Fermer' },
}

/** Guests at the door: how many, a name if they give one; the table is the one the host clicked. */
export function WalkInForm({
  table,
  language,
  onSeat,
  onClose,
}: {
  table: { label: string; maxCapacity: number }
  language: 'fr' | 'en'
  onSeat: (partySize: number, guestName: string) => void
  onClose: () => void
}) {
  const t = TEXT[language]
  const [partySize, setPartySize] = useState(Math.min(2, table.maxCapacity))
  const [name, setName] = useState('')
  return (
    <form
      aria-label={t.title(table.label)}
      onSubmit={(e) => {
        e.preventDefault()
        onSeat(partySize, name.trim())
      }}
      style={{ display: 'flex', gap: '1rem', alignItems: 'flex-end', flexWrap: 'wrap', border: '1px solid var(--theme-elevation-150)', padding: '.75rem 1rem', borderRadius: 4 }}
    >
      <strong>{t.title(table.label)}</strong>
      <label style={{ display: 'grid' }}>
        {t.party}
        <input type="number" min={1} max={50} required value={partySize} onChange={(e) => setPartySize(Number(e.target.value))} style={{ width: '5rem' }} />
      </label>
      <label style={{ display: 'grid' }}>
        {t.name}
        <input type="text" maxLength={120} value={name} onChange={(e) => setName(e.target.value)} />
      </label>
      <Button type="submit" buttonStyle="primary" size="small">
        {t.seat}
      </Button>
      <Button type="button" buttonStyle="secondary" size="small" onClick={onClose}>
        {t.close}
      </Button>
    </form>
  )
}
