'use client'

import { useTranslation } from '@payloadcms/ui'
import { useEffect, useRef, useState, type DragEvent, type PointerEvent } from 'react'

import { useJson } from '../../../infrastructure/client/useJson'
import { localTimeOf, wallClockToInstant } from '../../../domain/availability/localTime'
import { managerMayForce } from '../../../domain/errors'
import type { ReservationStatus } from '../../../domain/reservations/status'
import { minutesOfDay } from '../../../domain/time'
import { MoveForm } from './MoveForm'
import type { Booking, MoveRequest, TableRow } from './timelineTypes'
import { OverrideForm } from './OverrideForm'
import { sendJson } from '../../../infrastructure/client/sendJson'
import { StatusMessage, type Message } from './StatusMessage'
import { useWords } from './useWords'

type Day = { date: string; restaurant: { name: string; timeZone: string }; tables: TableRow[]; bookings: Booking[] }

const COLORS: Record<string, string> = { confirmed: '#2f6f5e', pending_payment: '#b7791f', seated: '#2b6cb0', completed: '#718096', no_show: '#c53030' }
const FIRST_HOUR = 10
const HOURS = 15 // 10:00 → 01:00
const SPAN = HOURS * 60
const SNAP_MINUTES = 15

const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60) % 24).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`
const snap = (minutes: number) => Math.round(minutes / SNAP_MINUTES) * SNAP_MINUTES

/**
 * The day as a timeline, one row per table: bookings as blocks sized by their stay, coloured by
 * status. Move one by dragging it (drop on a row, at a time), stretch it by its right edge, or use
 * the form for keyboard users; every change goes through the same booking rules as any edit, a
 * refusal says why, and a manager may then force it, saying why (audited).
 */
export function DayTimeline({ slug, date, canOverride, onLoaded }: { slug: string; date: string; canOverride: boolean; onLoaded: (name: string) => void }) {
  const { t } = useWords()
  const { i18n } = useTranslation()
  const [tick, setTick] = useState(0)
  const { data: day, error } = useJson<Day>(slug ? `/api/restaurants/${slug}/service?date=${date}` : null, tick)
  const [selected, setSelected] = useState<Booking | null>(null)
  const [refused, setRefused] = useState<MoveRequest | null>(null)
  const [message, setMessage] = useState<Message | null>(null)
  const [stretch, setStretch] = useState<{ id: number; minutes: number } | null>(null)
  // Moves the server accepted, drawn at once over the day they were made on: until the refetch
  // lands, a booking picked again (a stretch, then a move) must be its saved self, not the old one.
  const [saved, setSaved] = useState<{ day: Day | null; moves: Record<number, Pick<Booking, 'startsAt' | 'endsAt' | 'tableIds'>> }>({ day: null, moves: {} })
  const bookings = (day?.bookings ?? []).map((b) => (saved.day === day && saved.moves[b.id] ? { ...b, ...saved.moves[b.id] } : b))
  const resizing = useRef<{ booking: Booking; fromX: number; width: number; minutes: number } | null>(null)
  const reload = () => setTick((n) => n + 1)

  useEffect(() => {
    const timer = setInterval(reload, 30_000)
    return () => clearInterval(timer)
  }, [])
  useEffect(() => {
    if (day) onLoaded(day.restaurant.name)
  }, [day, onLoaded])

  const zone = day?.restaurant.timeZone ?? 'Europe/Paris'
  const clock = (iso: string) => localTimeOf(new Date(iso), zone)
  /** Minutes from the timeline's first hour; after-midnight times belong to the evening before. */
  const offset = (iso: string) => {
    const minutes = minutesOfDay(clock(iso))
    return Math.max(0, Math.min(SPAN, (minutes < (FIRST_HOUR - 4) * 60 ? minutes + 1440 : minutes) - FIRST_HOUR * 60))
  }
  /** Minutes after midnight of `date` of a timeline time: 00:30 on the timeline is the night after. */
  const wallMinutes = (time: string) => {
    const minutes = minutesOfDay(time)
    return minutes < (FIRST_HOUR - 4) * 60 ? minutes + 1440 : minutes
  }

  async function send(request: MoveRequest, override?: string) {
    // A time the clocks show twice is its first occurrence, as in the diners' slots; one they skip has no instant.
    const startsAt = wallClockToInstant(date, wallMinutes(request.start), zone)
    const stay = request.end ? minutesOfDay(request.end) - minutesOfDay(request.start) : null
    // A new end is a wall-clock time too, so a stay across the clock change ends when the clock says.
    const endsAt =
      stay === null
        ? startsAt && new Date(startsAt.getTime() + Date.parse(request.booking.endsAt) - Date.parse(request.booking.startsAt))
        : wallClockToInstant(date, wallMinutes(request.start) + (stay <= 0 ? stay + 1440 : stay), zone)
    if (!startsAt || !endsAt) {
      setMessage({ text: t('reservations:timeline:noSuchTime', { time: startsAt ? request.end! : request.start }), alert: true })
      return
    }
    const result = await sendJson(
      'PATCH',
      `/api/reservations/${request.booking.id}`,
      {
        startsAt: startsAt.toISOString(),
        endsAt: endsAt.toISOString(),
        tables: [request.tableId],
        ...(override !== undefined ? { overrideRules: true, overrideReason: override } : {}),
      },
      i18n.language,
    )
    if (result.ok) {
      const move = { startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString(), tableIds: [request.tableId] }
      setSaved((s) => ({ day: day ?? null, moves: { ...(s.day === day ? s.moves : {}), [request.booking.id]: move } }))
    }
    setMessage(result.ok ? { text: t('reservations:timeline:moved', { reference: request.booking.reference }), alert: false } : { text: result.reason, alert: true })
    // A manager may force what the rules refused, except a table someone else has then: decided on the code.
    setRefused(!result.ok && canOverride && override === undefined && managerMayForce(result.code) ? request : null)
    setSelected(null)
    setStretch(null)
    reload()
  }

  const onDrop = (event: DragEvent<HTMLDivElement>, tableId: number) => {
    event.preventDefault()
    const booking = bookings.find((b) => String(b.id) === event.dataTransfer.getData('text/plain'))
    if (!booking) return
    const box = event.currentTarget.getBoundingClientRect()
    const minutes = snap(((event.clientX - box.left) / box.width) * SPAN) + FIRST_HOUR * 60
    void send({ booking, tableId, start: hhmm(minutes) })
  }

  const onResizeStart = (event: PointerEvent<HTMLSpanElement>, booking: Booking) => {
    event.stopPropagation()
    event.currentTarget.setPointerCapture(event.pointerId)
    const row = event.currentTarget.closest('[role="cell"]')!.getBoundingClientRect()
    const minutes = offset(booking.endsAt) - offset(booking.startsAt)
    resizing.current = { booking, fromX: event.clientX, width: row.width, minutes }
  }
  const onResizeMove = (event: PointerEvent<HTMLSpanElement>) => {
    const r = resizing.current
    if (!r) return
    setStretch({ id: r.booking.id, minutes: Math.max(SNAP_MINUTES * 2, snap(r.minutes + ((event.clientX - r.fromX) / r.width) * SPAN)) })
  }
  const onResizeEnd = () => {
    const r = resizing.current
    resizing.current = null
    if (!r || !stretch || stretch.minutes === r.minutes) return setStretch(null)
    const start = clock(r.booking.startsAt)
    void send({ booking: r.booking, tableId: r.booking.tableIds[0]!, start, end: hhmm(minutesOfDay(start) + stretch.minutes) })
  }

  return (
    <div style={{ display: 'grid', gap: '1rem' }}>
      <p style={{ margin: 0, color: 'var(--theme-elevation-600)' }}>{t('reservations:timeline:hint')}</p>
      {error ? <p role="alert">{t('reservations:timeline:error')}</p> : null}
      <StatusMessage message={message} testId="timeline-message" />
      {refused ? <OverrideForm request={refused} onConfirm={(reason) => void send(refused, reason)} onClose={() => setRefused(null)} /> : null}
      {selected && day ? (
        <MoveForm
          key={selected.id}
          booking={selected}
          tables={day.tables}
          start={clock(selected.startsAt)}
          end={clock(selected.endsAt)}
          step={SNAP_MINUTES}
          onMove={(request) => void send(request)}
          onClose={() => setSelected(null)}
        />
      ) : null}
      {day ? (
        <div role="table" aria-label={day.restaurant.name} style={{ display: 'grid', gap: 2 }}>
          <div role="row" style={{ display: 'grid', gridTemplateColumns: '6rem 1fr', fontSize: 12, color: 'var(--theme-elevation-600)' }}>
            <span role="columnheader">{t('reservations:timeline:table')}</span>
            <div role="columnheader" style={{ display: 'grid', gridTemplateColumns: `repeat(${HOURS}, 1fr)` }}>
              {Array.from({ length: HOURS }, (_, i) => (
                <span key={i}>{hhmm((FIRST_HOUR + i) * 60)}</span>
              ))}
            </div>
          </div>
          {day.tables.map((row) => (
            <div role="row" key={row.id} data-testid={`timeline-row-${row.label}`} style={{ display: 'grid', gridTemplateColumns: '6rem 1fr', alignItems: 'stretch' }}>
              <span role="rowheader" style={{ fontWeight: 600 }}>
                {row.label} <small>({row.maxCapacity})</small>
              </span>
              <div role="cell" onDragOver={(e) => e.preventDefault()} onDrop={(e) => onDrop(e, row.id)} style={{ position: 'relative', height: 36, background: 'var(--theme-elevation-50)', borderRadius: 3 }}>
                {bookings
                  .filter((b) => b.tableIds?.includes(row.id) && b.status !== 'cancelled')
                  .map((b) => {
                    const minutes = stretch?.id === b.id ? stretch.minutes : offset(b.endsAt) - offset(b.startsAt)
                    return (
                      <div
                        key={b.id}
                        style={{
                          position: 'absolute',
                          top: 3,
                          bottom: 3,
                          left: `${(offset(b.startsAt) / SPAN) * 100}%`,
                          width: `${Math.max(1, (minutes / SPAN) * 100)}%`,
                          display: 'flex',
                          background: COLORS[b.status] ?? '#4a5568',
                          borderRadius: 3,
                        }}
                      >
                        <button
                          type="button"
                          draggable
                          data-testid={`booking-${b.reference}`}
                          onDragStart={(e) => e.dataTransfer.setData('text/plain', String(b.id))}
                          onClick={() => setSelected(b)}
                          title={`${b.reference} · ${b.guestName} · ${b.partySize} · ${clock(b.startsAt)}–${clock(b.endsAt)} · ${t(`reservations:status:${b.status as ReservationStatus}`)}`}
                          style={{ flex: 1, minWidth: 0, background: 'transparent', color: '#fff', border: 0, fontSize: 12, overflow: 'hidden', whiteSpace: 'nowrap', textAlign: 'left', paddingInline: 4, cursor: 'grab' }}
                        >
                          {clock(b.startsAt)} {b.guestName} ({b.partySize})
                        </button>
                        <span
                          aria-label={t('reservations:timeline:resize', { reference: b.reference })}
                          title={t('reservations:timeline:resize', { reference: b.reference })}
                          data-testid={`resize-${b.reference}`}
                          onPointerDown={(e) => onResizeStart(e, b)}
                          onPointerMove={onResizeMove}
                          onPointerUp={onResizeEnd}
                          style={{ width: 8, cursor: 'ew-resize', borderLeft: '1px solid rgba(255,255,255,.5)', touchAction: 'none' }}
                        />
                      </div>
                    )
                  })}
              </div>
            </div>
          ))}
        </div>
      ) : null}
    </div>
  )
}
