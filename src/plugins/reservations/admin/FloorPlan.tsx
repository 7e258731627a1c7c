'use client'

import { Button } from '@payloadcms/ui'
import { useRef, useState, type KeyboardEvent, type PointerEvent } from 'react'

import type { TableState } from '../../../domain/service/snapshot'
import { useOptimisticWrite, useRefreshStaffViews, useStaffQuery } from '../../../infrastructure/client/staffQueries'
import type { FloorParty as Party, ServiceDayResponse } from '../api/serviceDay'
import { useLayoutSaves } from './floor/useLayoutSaves'
import { FloorTableEditor, type TableChanges } from './FloorTableEditor'
import { PLAN, placeOnPlan, type FloorTable, type TableFloor } from './floorTypes'
import { RestaurantPicker } from './RestaurantPicker'
import { sendJson } from '../../../infrastructure/client/sendJson'
import { restoreTable, withTableFloor } from './serviceDayCache'
import type { StaffRestaurant } from './StaffView'
import { StatusMessage, type Message } from './StatusMessage'
import { useWords } from './useWords'
import { WalkInForm } from './WalkInForm'

/** The states a table shows during service, as the domain names them. */
const STATES = ['free', 'booked_soon', 'seated', 'over_time'] as const satisfies readonly TableState[]

const FILL: Record<string, string> = { free: '#e6f4ea', booked_soon: '#fdf2d0', seated: '#dbe8fb', over_time: '#fbdada' }
const STROKE: Record<string, string> = { free: '#2f6f5e', booked_soon: '#b7791f', seated: '#2b6cb0', over_time: '#c53030' }
const ARROWS: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] }

/**
 * The room: every table where it stands. During service each is coloured by its state (refreshed
 * every 30 s) and a click seats the party due or a walk-in. A manager switches to editing and
 * drags tables into place (or moves them with the arrow keys): each move shows at once and is saved
 * when the pointer or the keys rest, one request per table; a refusal puts the table back.
 */
export function FloorPlan({ restaurants }: { restaurants: StaffRestaurant[] }) {
  const { t, locale } = useWords()
  const stateOf = (state: string) => t(`reservations:floor:${STATES.find((s) => s === state) ?? 'free'}`)
  const [slug, setSlug] = useState(restaurants[0]?.slug ?? '')
  const [message, setMessage] = useState<Message | null>(null)
  const [editing, setEditing] = useState(false)
  const url = slug ? `/api/restaurants/${slug}/service` : null
  // While the room is edited nothing refetches on its own: the tables are where the manager puts them.
  const { data: day, error } = useStaffQuery<ServiceDayResponse>(url, { live: !editing })
  const refresh = useRefreshStaffViews()
  const [selected, setSelected] = useState<number | null>(null)
  const drag = useRef<{ id: number; from: { x: number; y: number }; start: TableFloor; last: TableFloor } | null>(null)
  const svg = useRef<SVGSVGElement>(null)
  const canEdit = restaurants.find((r) => r.slug === slug)?.manager ?? false

  const floorOf = (table: FloorTable): TableFloor => table.floor ?? {}
  const report = (ok: boolean, text: string, reason: string) => setMessage(ok ? { text, alert: false } : { text: reason, alert: true })
  const layout = useLayoutSaves(url, (table, result) => report(result.ok, t('reservations:floor:saved', { table: table.label }), result.reason))
  // The last "saved" gives way while a table moves: the next one says this move is saved.
  const place = (table: FloorTable, floor: TableFloor, save = true) => {
    setMessage(null)
    layout.place(table, floor, { save })
  }
  const tableWrite = useOptimisticWrite<ServiceDayResponse, { table: FloorTable; changes: Partial<TableChanges> }>({
    url,
    send: ({ table, changes }) => sendJson('PATCH', `/api/tables/${table.id}`, changes),
    change: (data, { table, changes }) => withTableFloor(data, table.id, changes),
    restore: (data, before, { table }) => restoreTable(data, before, table.id),
  })

  async function saveTable(table: FloorTable, changes: Partial<TableChanges>) {
    setMessage(null)
    // The form carries the table's place: moves still waiting go first, so they are not undone.
    await layout.saveAll()
    tableWrite.mutate(
      { table, changes },
      {
        onSuccess: () => report(true, t('reservations:floor:saved', { table: table.label }), ''),
        onError: ({ answer }) => report(false, '', answer.reason),
      },
    )
  }

  async function seatDue(party: Party) {
    const result = await sendJson('POST', `/api/reservations/${party.id}/status`, { status: 'seated' })
    report(result.ok, t('reservations:floor:seatedMessage', { reference: party.reference }), result.reason)
    await refresh()
  }

  async function seatWalkIn(table: FloorTable, partySize: number, guestName: string) {
    const result = await sendJson('POST', `/api/restaurants/${slug}/walk-in`, { table: table.id, partySize, ...(guestName ? { guestName } : {}) })
    report(result.ok, t('reservations:floor:walkedIn', { table: table.label }), result.reason)
    if (result.ok) setSelected(null)
    await refresh()
  }

  function onActivate(table: FloorTable) {
    const { state, next } = day?.floor[String(table.id)] ?? {}
    if (!editing && state === 'booked_soon' && next) void seatDue(next)
    else setSelected(table.id)
  }

  const planPoint = (event: PointerEvent) => {
    const point = new DOMPoint(event.clientX, event.clientY).matrixTransform(svg.current!.getScreenCTM()!.inverse())
    return { x: point.x, y: point.y }
  }
  const onPointerDown = (event: PointerEvent<SVGGElement>, table: FloorTable) => {
    if (!editing) return
    event.currentTarget.setPointerCapture(event.pointerId)
    const start = floorOf(table)
    drag.current = { id: table.id, from: planPoint(event), start, last: start }
  }
  const onPointerMove = (event: PointerEvent<SVGGElement>, table: FloorTable) => {
    const d = drag.current
    if (!d) return
    const at = planPoint(event)
    const next = placeOnPlan(d.start, (d.start.x ?? 0) + at.x - d.from.x, (d.start.y ?? 0) + at.y - d.from.y)
    if (next.x === d.last.x && next.y === d.last.y) return
    d.last = next
    place(table, next, false)
  }
  const onPointerUp = (table: FloorTable) => {
    const d = drag.current
    drag.current = null
    if (!d) return
    if (d.last.x !== d.start.x || d.last.y !== d.start.y) place(table, d.last)
    else onActivate(table)
  }
  const onKeyDown = (event: KeyboardEvent<SVGGElement>, table: FloorTable) => {
    const arrow = ARROWS[event.key]
    if (editing && arrow) {
      event.preventDefault()
      const step = event.shiftKey ? 5 : 1
      const floor = floorOf(table)
      const next = placeOnPlan(floor, (floor.x ?? 0) + arrow[0] * step, (floor.y ?? 0) + arrow[1] * step)
      place(table, next)
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault()
      onActivate(table)
    }
  }

  const time = (iso: string) => new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', timeZone: day?.restaurant.timeZone }).format(new Date(iso))
  const chosen = day?.tables.find((table) => table.id === selected) ?? null
  const centre = (table: FloorTable) => {
    const f = floorOf(table)
    return { x: (f.x ?? 0) + (f.width ?? 6) / 2, y: (f.y ?? 0) + (f.height ?? 6) / 2 }
  }

  return (
    <div className="staff-view">
      <header className="staff-view__header">
        <h1>
          {t('reservations:floor:title')}
          {day ? ` — ${day.restaurant.name}` : ''}
        </h1>
        <div className="staff-view__tools">
          <RestaurantPicker restaurants={restaurants} value={slug} label={t('reservations:common:restaurant')} onChange={setSlug} />
          {canEdit ? (
            <Button
              buttonStyle="secondary"
              size="small"
              margin={false}
              aria-pressed={editing}
              onClick={() => {
                setEditing(!editing)
                setSelected(null)
                // Back to service: what was placed is saved, then the states of the tables are fresh.
                if (editing) void layout.saveAll().then(refresh)
              }}
            >
              {editing ? t('reservations:floor:done') : t('reservations:floor:edit')}
            </Button>
          ) : null}
        </div>
      </header>
      <p className="staff-view__muted">{editing ? t('reservations:floor:editHint') : t('reservations:floor:hint')}</p>
      {error ? <p role="alert">{t('reservations:floor:error')}</p> : null}
      <StatusMessage message={message} testId="floor-message" />
      {chosen && editing ? (
        <FloorTableEditor
          key={chosen.id}
          table={chosen}
          tables={day!.tables}
          // Where the table stands now, even if a move is still on its way to the server.
          onSave={(changes) => void saveTable(chosen, { ...changes, floor: { ...changes.floor, x: floorOf(chosen).x, y: floorOf(chosen).y } })}
          onClose={() => setSelected(null)}
        />
      ) : null}
      {chosen && !editing ? <WalkInForm key={chosen.id} table={chosen} onSeat={(n, name) => void seatWalkIn(chosen, n, name)} onClose={() => setSelected(null)} /> : null}
      {day ? (
        <svg
          ref={svg}
          viewBox={`0 0 ${PLAN.width} ${PLAN.height}`}
          role="group"
          aria-label={t('reservations:floor:title')}
          data-testid="floor-plan"
          style={{ width: '100%', maxWidth: 1100, background: 'var(--theme-elevation-50)', borderRadius: 4, touchAction: editing ? 'none' : 'auto' }}
        >
          {editing
            ? day.tables.flatMap((table) =>
                table.joinableWith
                  .filter((id) => id > table.id)
                  .map((id) => day.tables.find((other) => other.id === id))
                  .filter((other): other is FloorTable => Boolean(other))
                  .map((other) => (
                    <line key={`${table.id}-${other.id}`} x1={centre(table).x} y1={centre(table).y} x2={centre(other).x} y2={centre(other).y} stroke="#718096" strokeWidth={0.25} strokeDasharray="1 0.6" />
                  )),
              )
            : null}
          {day.tables.map((table) => {
            const f = floorOf(table)
            const { state, seated, next } = editing ? { state: 'free', seated: null, next: null } : (day.floor[String(table.id)] ?? { state: 'free', seated: null, next: null })
            const [x, y, w, h] = [f.x ?? 0, f.y ?? 0, f.width ?? 6, f.height ?? 6]
            const who = seated ?? next
            const label = `${table.label} (${table.maxCapacity}) — ${stateOf(state)}${who ? ` — ${who.guestName}, ${who.partySize}, ${time(who.startsAt)}` : ''}`
            const strokeWidth = selected === table.id ? 0.6 : 0.3
            return (
              <g
                key={table.id}
                role="button"
                tabIndex={0}
                aria-label={editing ? `${table.label} (${x}, ${y})` : state === 'booked_soon' && next ? `${label}. ${t('reservations:floor:seat', { name: next.guestName })}` : label}
                data-testid={`floor-table-${table.label}`}
                data-state={state}
                data-position={`${x},${y}`}
                onPointerDown={(e) => onPointerDown(e, table)}
                onPointerMove={(e) => onPointerMove(e, table)}
                onPointerUp={() => onPointerUp(table)}
                onClick={() => !editing && onActivate(table)}
                onKeyDown={(e) => onKeyDown(e, table)}
                transform={`rotate(${f.rotation ?? 0} ${x + w / 2} ${y + h / 2})`}
                style={{ cursor: editing ? 'move' : 'pointer' }}
              >
                {f.shape === 'round' ? (
                  <ellipse cx={x + w / 2} cy={y + h / 2} rx={w / 2} ry={h / 2} fill={FILL[state]} stroke={STROKE[state]} strokeWidth={strokeWidth} />
                ) : (
                  <rect x={x} y={y} width={w} height={h} rx={0.6} fill={FILL[state]} stroke={STROKE[state]} strokeWidth={strokeWidth} />
                )}
                <text x={x + w / 2} y={y + h / 2} textAnchor="middle" dominantBaseline="middle" fontSize={1.8} fill="#1d1d1b" style={{ pointerEvents: 'none' }}>
                  {table.label}
                </text>
                <title>{label}</title>
              </g>
            )
          })}
        </svg>
      ) : null}
    </div>
  )
}
