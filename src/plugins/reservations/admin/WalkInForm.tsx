'use client'

import { Button } from '@payloadcms/ui'
import { useState } from 'react'

import { useWords } from './useWords'

/** Guests at the door: how many, a name if they give one; the table is the one the host clicked. */
export function WalkInForm({
  table,
  onSeat,
  onClose,
}: {
  table: { label: string; maxCapacity: number }
  onSeat: (partySize: number, guestName: string) => void
  onClose: () => void
}) {
  const { t } = useWords()
  const title = t('reservations:floor:walkInTitle', { table: table.label })
  const [partySize, setPartySize] = useState(Math.min(2, table.maxCapacity))
  const [name, setName] = useState('')
  return (
    <form
      aria-label={title}
      onSubmit={(e) => {
        e.preventDefault()
        onSeat(partySize, name.trim())
      }}
      style={{ display: 'flex', gap: '1rem', alignItems: 'flex-end', flexWrap: 'wrap', border: '1px solid var(--theme-elevation-150)', padding: '.75rem 1rem', borderRadius: 4 }}
    >
      <strong>{title}</strong>
      <label style={{ display: 'grid' }}>
        {t('reservations:floor:walkInParty')}
        <input type="number" min={1} max={50} required value={partySize} onChange={(e) => setPartySize(Number(e.target.value))} style={{ width: '5rem' }} />
      </label>
      <label style={{ display: 'grid' }}>
        {t('reservations:floor:walkInName')}
        <input type="text" maxLength={120} value={name} onChange={(e) => setName(e.target.value)} />
      </label>
      <Button type="submit" buttonStyle="primary" size="small">
        {t('reservations:floor:walkInSeat')}
      </Button>
      <Button type="button" buttonStyle="secondary" size="small" onClick={onClose}>
        {t('reservations:common:close')}
      </Button>
    </form>
  )
}
