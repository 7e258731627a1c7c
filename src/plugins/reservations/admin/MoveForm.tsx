'use client'

import { Button } from '@payloadcms/ui'
import { useState } from 'react'

import type { Booking, MoveRequest, TableRow } from './timelineTypes'
import { useWords } from './useWords'

/** The keyboard way to do what dragging does: another table, another time, another length. */
export function MoveForm({
  booking,
  tables,
  start,
  end,
  step,
  onMove,
  onClose,
}: {
  booking: Booking
  tables: TableRow[]
  start: string
  end: string
  step: number
  onMove: (request: MoveRequest) => void
  onClose: () => void
}) {
  const { t } = useWords()
  const [form, setForm] = useState({ table: String(booking.tableIds[0] ?? tables[0]?.id ?? ''), start, end })
  return (
    <form
      aria-label={`${t('reservations:timeline:move')} ${booking.reference}`}
      onSubmit={(e) => {
        e.preventDefault()
        onMove({ booking, tableId: Number(form.table), start: form.start, end: form.end === end ? undefined : form.end })
      }}
      style={{ display: 'flex', gap: '1rem', alignItems: 'flex-end', flexWrap: 'wrap', border: '1px solid var(--theme-elevation-150)', padding: '.75rem 1rem', borderRadius: 4 }}
    >
      <strong>
        {t('reservations:timeline:move')} {booking.reference} ({booking.guestName}, {booking.partySize})
      </strong>
      <label style={{ display: 'grid' }}>
        {t('reservations:timeline:table')}
        <select value={form.table} onChange={(e) => setForm({ ...form, table: e.target.value })}>
          {tables.map((row) => (
            <option key={row.id} value={row.id}>
              {row.label} ({row.maxCapacity})
            </option>
          ))}
        </select>
      </label>
      <label style={{ display: 'grid' }}>
        {t('reservations:timeline:time')}
        <input type="time" step={step * 60} value={form.start} onChange={(e) => setForm({ ...form, start: e.target.value })} />
      </label>
      <label style={{ display: 'grid' }}>
        {t('reservations:timeline:until')}
        <input type="time" step={step * 60} value={form.end} onChange={(e) => setForm({ ...form, end: e.target.value })} />
      </label>
      <Button type="submit" buttonStyle="primary" size="small">
        {t('reservations:timeline:save')}
      </Button>
      <Button type="button" buttonStyle="secondary" size="small" onClick={onClose}>
        {t('reservations:common:close')}
      </Button>
    </form>
  )
}
