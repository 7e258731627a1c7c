'use client'

import { Button } from '@payloadcms/ui'
import { useEffect, useState, type DragEvent } from 'react'

import { useJson } from '../../../components/booking/useJson'
import { RestaurantPicker } from './RestaurantPicker'
import { StatusMessage, type Message } from './StatusMessage'

type Booking = { id: number; reference: string; status: string; startsAt: string; endsAt: string; partySize: number; guestName: string; tableIds: number[] }
type TableRow = { id: number; label: string; maxCapacity: number }
type Day = { date: string; restaurant: { name: string; timeZone: string }; tables: TableRow[]; bookings: Booking[] }

const TEXT = {
  en: {
    title: 'Day by table',
    date: 'Day',
    restaurant: 'Restaurant',
    move: 'Move',
    table: 'Table',
    time: 'Time',
    save: 'Move the booking',
    cancel: 'Close',
    moved: (ref: string) => `${ref} moved.`,
    hint: 'Drag a booking to another table or time, or select it and use the form (keyboard).',
    error: 'Could not load the day',
  },
  fr: {
    title: 'Journée par table',
    date: 'Jour',
    restaurant: 'Restaurant',
    move: 'Déplacer',
    table: 'Table',
    time: 'Heure',
    save: 'Déplacer la réservation',
    cancel: 'Fermer',
    moved: (ref: string) => `${ref} déplacée.`,
    hint: 'Glissez une réservation vers une autre table ou heure, ou sélectionnez-la et utilisez le formulaire (clavier).',
    error: 'Impossible de charger la journée',
  },
}

const COLORS: Record<string, string> = { confirmed: '#2f6f5e', pending_payment: '#b7791f', seated: '#2b6cb0', completed: '#718096', no_show: '#c53030' }
const FIRST_HOUR = 10
const HOURS = 15 // 10:00 → 01:00
const SNAP_MINUTES = 15

/** Wall-clock hh:mm of an instant in the restaurant's zone. */
function clock(iso: string, timeZone: string) {
  return new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }).format(new Date(iso))
}

/** The instant of a wall-clock time on the day, in the restaurant's zone (offset read from the day itself). */
function instantOf(date: string, hhmm: string, timeZone: string): Date {
  const guess = new Date(`${date}T${hhmm}:00Z`)
  const shown = clock(guess.toISOString(), timeZone)
  const [h, m] = shown.split(':').map(Number)
  const [wh, wm] = hhmm.split(':').map(Number)
  let offsetMinutes = h! * 60 + m! - (wh! * 60 + wm!)
  if (offsetMinutes > 720) offsetMinutes -= 1440
  if (offsetMinutes < -720) offsetMinutes += 1440
  return new Date(guess.getTime() - offsetMinutes * 60_000)
}

/**
 * The day as a timeline, one row per table: bookings as blocks sized by their stay, coloured by
 * status. Move one by dragging it (drop on a row, at a time), or with the form for keyboard users;
 * either way the change goes through the same booking rules as any edit, and a refusal says why.
 */
export function DayTimeline({ restaurants, language, initialDate }: { restaurants: { slug: string; name: string }[]; language: 'fr' | 'en'; initialDate: string | null }) {
  const t = TEXT[language]
  const [slug, setSlug] = useState(restaurants[0]?.slug ?? '')
  const [date, setDate] = useState(initialDate ?? new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date()))
  const [tick, setTick] = useState(0)
  const { data: day, error } = useJson<Day>(slug ? `/api/restaurants/${slug}/service?date=${date}` : null, tick)
  const [selected, setSelected] = useState<Booking | null>(null)
  const [form, setForm] = useState({ table: '', time: '' })
  const [message, setMessage] = useState<Message | null>(null)
  const reload = () => setTick((n) => n + 1)

  useEffect(() => {
    const timer = setInterval(reload, 30_000)
    return () => clearInterval(timer)
  }, [])

  async function move(booking: Booking, tableId: number, hhmm: string) {
    if (!day) return
    const startsAt = instantOf(day.date, hhmm, day.restaurant.timeZone)
    const stay = new Date(booking.endsAt).getTime() - new Date(booking.startsAt).getTime()
    const res = await fetch(`/api/reservations/${booking.id}`, {
      method: 'PATCH',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + stay).toISOString(), tables: [tableId] }),
    })
    const body = (await res.json()) as { errors?: { message: string; data?: { errors?: { message: string }[] } }[] }
    const reason = body.errors?.[0]?.data?.errors?.[0]?.message ?? body.errors?.[0]?.message
    setMessage(res.ok ? { text: t.moved(booking.reference), alert: false } : { text: reason ?? 'Refused', alert: true })
    setSelected(null)
    reload()
  }

  const span = HOURS * 60
  const offset = (iso: string) => {
    const [h, m] = clock(iso, day!.restaurant.timeZone).split(':').map(Number)
    const minutes = (h! < FIRST_HOUR - 4 ? h! + 24 : h!) * 60 + m! - FIRST_HOUR * 60
    return Math.max(0, Math.min(span, minutes))
  }
  const onDrop = (event: DragEvent<HTMLDivElement>, tableId: number) => {
    event.preventDefault()
    const booking = day?.bookings.find((b) => String(b.id) === event.dataTransfer.getData('text/plain'))
    if (!booking) return
    const box = event.currentTarget.getBoundingClientRect()
    const minutes = Math.round((((event.clientX - box.left) / box.width) * span) / SNAP_MINUTES) * SNAP_MINUTES + FIRST_HOUR * 60
    const hhmm = `${String(Math.floor(minutes / 60) % 24).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`
    void move(booking, tableId, hhmm)
  }

  return (
    <div style={{ display: 'grid', gap: '1rem', paddingBlock: '1.5rem' }}>
      <header style={{ display: 'flex', flexWrap: 'wrap', gap: '1rem', alignItems: 'center', justifyContent: 'space-between' }}>
        <h1 style={{ margin: 0 }}>
          {t.title}
          {day ? ` — ${day.restaurant.name}` : ''}
        </h1>
        <div style={{ display: 'flex', gap: '.75rem', alignItems: 'center' }}>
          <RestaurantPicker restaurants={restaurants} value={slug} label={t.restaurant} onChange={setSlug} />
          <label>
            {t.date} <input type="date" value={date} onChange={(e) => e.target.value && setDate(e.target.value)} />
          </label>
        </div>
      </header>
      <p style={{ margin: 0, color: 'var(--theme-elevation-600)' }}>{t.hint}</p>
      {error ? <p role="alert">{t.error}</p> : null}
      <StatusMessage message={message} testId="timeline-message" />
      {selected && day ? (
        <form
          aria-label={`${t.move} ${selected.reference}`}
          onSubmit={(e) => {
            e.preventDefault()
            void move(selected, Number(form.table), form.time)
          }}
          style={{ display: 'flex', gap: '1rem', alignItems: 'flex-end', flexWrap: 'wrap', border: '1px solid var(--theme-elevation-150)', padding: '.75rem 1rem', borderRadius: 4 }}
        >
          <strong>
            {t.move} {selected.reference} ({selected.guestName}, {selected.partySize})
          </strong>
          <label style={{ display: 'grid' }}>
            {t.table}
            <select value={form.table} onChange={(e) => setForm({ ...form, table: e.target.value })}>
              {day.tables.map((row) => (
                <option key={row.id} value={row.id}>
                  {row.label} ({row.maxCapacity})
                </option>
              ))}
            </select>
          </label>
          <label style={{ display: 'grid' }}>
            {t.time}
            <input type="time" step={SNAP_MINUTES * 60} value={form.time} onChange={(e) => setForm({ ...form, time: e.target.value })} />
          </label>
          <Button type="submit" buttonStyle="primary" size="small">
            {t.save}
          </Button>
          <Button type="button" buttonStyle="secondary" size="small" onClick={() => setSelected(null)}>
            {t.cancel}
          </Button>
        </form>
      ) : null}
      {day ? (
        <div role="table" aria-label={t.title} style={{ display: 'grid', gap: 2 }}>
          <div role="row" style={{ display: 'grid', gridTemplateColumns: '6rem 1fr', fontSize: 12, color: 'var(--theme-elevation-600)' }}>
            <span role="columnheader">{t.table}</span>
            <div role="columnheader" style={{ display: 'grid', gridTemplateColumns: `repeat(${HOURS}, 1fr)` }}>
              {Array.from({ length: HOURS }, (_, i) => (
                <span key={i}>{String((FIRST_HOUR + i) % 24).padStart(2, '0')}:00</span>
              ))}
            </div>
          </div>
          {day.tables.map((row) => (
            <div role="row" key={row.id} data-testid={`timeline-row-${row.label}`} style={{ display: 'grid', gridTemplateColumns: '6rem 1fr', alignItems: 'stretch' }}>
              <span role="rowheader" style={{ fontWeight: 600 }}>
                {row.label} <small>({row.maxCapacity})</small>
              </span>
              <div
                role="cell"
                onDragOver={(e) => e.preventDefault()}
                onDrop={(e) => onDrop(e, row.id)}
                style={{ position: 'relative', height: 36, background: 'var(--theme-elevation-50)', borderRadius: 3 }}
              >
                {day.bookings
                  .filter((b) => b.tableIds?.includes(row.id) && b.status !== 'cancelled')
                  .map((b) => (
                    <button
                      key={b.id}
                      type="button"
                      draggable
                      data-testid={`booking-${b.reference}`}
                      onDragStart={(e) => e.dataTransfer.setData('text/plain', String(b.id))}
                      onClick={() => {
                        setSelected(b)
                        setForm({ table: String(row.id), time: clock(b.startsAt, day.restaurant.timeZone) })
                      }}
                      title={`${b.reference} · ${b.guestName} · ${b.partySize} · ${clock(b.startsAt, day.restaurant.timeZone)}–${clock(b.endsAt, day.restaurant.timeZone)} · ${b.status}`}
                      style={{
                        position: 'absolute',
                        top: 3,
                        bottom: 3,
                        left: `${(offset(b.startsAt) / span) * 100}%`,
                        width: `${Math.max(1, ((offset(b.endsAt) - offset(b.startsAt)) / span) * 100)}%`,
                        background: COLORS[b.status] ?? '#4a5568',
                        color: '#fff',
                        border: 0,
                        borderRadius: 3,
                        fontSize: 12,
                        overflow: 'hidden',
                        whiteSpace: 'nowrap',
                        textAlign: 'left',
                        paddingInline: 4,
                        cursor: 'grab',
                      }}
                    >
                      {clock(b.startsAt, day.restaurant.timeZone)} {b.guestName} ({b.partySize})
                    </button>
                  ))}
              </div>
            </div>
          ))}
        </div>
      ) : null}
    </div>
  )
}
