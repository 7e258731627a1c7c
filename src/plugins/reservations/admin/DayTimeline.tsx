'use client'

import { DndContext, DragOverlay, type Announcements, type DragEndEvent, type DragMoveEvent, type DragStartEvent } from '@dnd-kit/core'
import { restrictToWindowEdges } from '@dnd-kit/modifiers'
import { useEffect, useMemo, useRef, useState } from 'react'

import { minutesOfDay } from '../../../domain/time'
import { useStaffQuery } from '../../../infrastructure/client/staffQueries'
import type { ServiceDayResponse } from '../api/serviceDay'
import { MoveForm } from './MoveForm'
import { OverrideForm } from './OverrideForm'
import { StatusMessage } from './StatusMessage'
import { rowUnder, snapAlongRow, tableOfRow, useTimelineSensors } from './timeline/dnd'
import { dayClock, FIRST_HOUR, hhmm, HOURS, SPAN, snapTo } from './timeline/geometry'
import { TimelineBlock, type DragData } from './timeline/TimelineBlock'
import { TimelineRow } from './timeline/TimelineRow'
import { useCoarsePointer } from './timeline/useCoarsePointer'
import { useTimelineMoves } from './timeline/useTimelineMoves'
import type { Booking } from './timelineTypes'
import { useWords } from './useWords'

/** A click or tap on an empty part of a table's row: that table and the slot's time (HH:MM), to take a booking there. */
export type EmptySlotHandler = (tableId: number, time: string) => void

/** Where a dragged booking would land: a table and a start, in minutes from the timeline's first hour. */
type Target = { booking: Booking; tableId: number; start: number }

/**
 * The day as a timeline, one row per table: bookings as blocks sized by their stay, coloured by
 * status. Move one by dragging it (mouse, a finger's long press, or Space and the arrow keys) onto a
 * row at a time snapped to the restaurant's slot interval, stretch it by its right edge, or open it
 * (click, tap, Enter) and use the form; every change is drawn at once, goes through the same booking
 * rules as any edit, is put back with the reason when refused, and a manager may then force it.
 */
export function DayTimeline({
  slug,
  date,
  canOverride,
  onLoaded,
  onEmptySlot,
}: {
  slug: string
  date: string
  canOverride: boolean
  onLoaded: (name: string) => void
  onEmptySlot?: EmptySlotHandler
}) {
  const { t } = useWords()
  const url = slug ? `/api/restaurants/${slug}/service?date=${date}` : null
  const { data: day, error } = useStaffQuery<ServiceDayResponse>(url)
  const { move, message, refused, dismissRefusal } = useTimelineMoves({ url, day, date, canOverride })
  const [selectedId, setSelectedId] = useState<number | null>(null)
  const [target, setTarget] = useState<Target | null>(null)
  const [dragged, setDragged] = useState<Booking | null>(null)
  const coarse = useCoarsePointer()
  const grid = useRef<HTMLDivElement>(null)
  const [rowWidth, setRowWidth] = useState(0)
  const lastTarget = useRef<Target | null>(null)
  const lastAnnounced = useRef('')
  // A drag starts and ends with a key or a click that would also open the booking's form.
  const dragging = useRef(false)
  const droppedAt = useRef(0)

  const step = day?.slotIntervalMinutes ?? 15
  const zone = day?.restaurant.timeZone ?? 'Europe/Paris'
  const { clock, offset, timeAt } = useMemo(() => dayClock(date, zone), [date, zone])
  const sensors = useTimelineSensors(step / SPAN)
  const modifiers = useMemo(() => [snapAlongRow((rowWidth * step) / SPAN)], [rowWidth, step])
  const labelOf = (tableId: number) => day?.tables.find((row) => row.id === tableId)?.label ?? '?'
  const selected = day?.bookings.find((b) => b.id === selectedId) ?? null
  const firstService = day?.services[0]
  const firstSlot = firstService ? snapTo(offset(firstService.opensAt), step) : (12 - FIRST_HOUR) * 60

  useEffect(() => {
    if (day) onLoaded(day.restaurant.name)
  }, [day, onLoaded])

  const targetOf = ({ active, over, delta }: DragMoveEvent): Target | null => {
    const booking = (active.data.current as DragData | undefined)?.booking
    const tableId = tableOfRow(over?.id)
    if (!booking || tableId === null || !over) return null
    const start = snapTo(offset(booking.startsAt) + (delta.x / over.rect.width) * SPAN, step)
    return { booking, tableId, start: Math.max(0, Math.min(SPAN - step, start)) }
  }
  const onDragStart = ({ active }: DragStartEvent) => {
    setRowWidth(grid.current?.querySelector('[role="cell"]')?.getBoundingClientRect().width ?? 0)
    lastAnnounced.current = ''
    dragging.current = true
    setDragged((active.data.current as DragData | undefined)?.booking ?? null)
  }
  const onDragMove = (event: DragMoveEvent) => {
    const next = targetOf(event)
    const last = lastTarget.current
    lastTarget.current = next
    if (next?.tableId !== last?.tableId || next?.start !== last?.start) setTarget(next)
  }
  const onDragEnd = (event: DragEndEvent) => {
    const landing = targetOf(event)
    lastTarget.current = landing
    dragging.current = false
    droppedAt.current = Date.now()
    setTarget(null)
    setDragged(null)
    if (!landing) return
    const { booking, tableId, start } = landing
    if (booking.tableIds.includes(tableId) && start === offset(booking.startsAt)) return
    move({ booking, tableId, start: timeAt(start) })
  }
  const onDragCancel = () => {
    dragging.current = false
    droppedAt.current = Date.now()
    lastTarget.current = null
    setTarget(null)
    setDragged(null)
  }

  // What a screen reader hears while a booking is dragged, in the admin's language.
  const where = (at: Target) => ({ reference: at.booking.reference, table: labelOf(at.tableId), time: timeAt(at.start) })
  const announceOnce = (text: string | undefined) => {
    if (!text || text === lastAnnounced.current) return undefined
    lastAnnounced.current = text
    return text
  }
  const referenceOf = (data: unknown) => (data as DragData | undefined)?.booking.reference ?? ''
  const announcements: Announcements = {
    onDragStart: ({ active }) => t('reservations:timeline:pickedUp', { reference: referenceOf(active.data.current) }),
    onDragMove: () => announceOnce(lastTarget.current ? t('reservations:timeline:over', where(lastTarget.current)) : undefined),
    onDragOver: () => announceOnce(lastTarget.current ? t('reservations:timeline:over', where(lastTarget.current)) : undefined),
    onDragEnd: ({ active }) =>
      lastTarget.current ? t('reservations:timeline:dropped', where(lastTarget.current)) : t('reservations:timeline:notMoved', { reference: referenceOf(active.data.current) }),
    onDragCancel: ({ active }) => t('reservations:timeline:notMoved', { reference: referenceOf(active.data.current) }),
  }

  // 50: a block (3 px in from each edge) is then 44 px, a fingertip.
  const rowHeight = coarse ? 50 : 36
  return (
    <div style={{ display: 'grid', gap: '1rem' }}>
      <p className="staff-view__muted">{t('reservations:timeline:hint')}</p>
      {error ? <p role="alert">{t('reservations:timeline:error')}</p> : null}
      <StatusMessage message={message} testId="timeline-message" />
      {refused ? <OverrideForm request={refused} onConfirm={(reason) => move(refused, reason)} onClose={dismissRefusal} /> : null}
      {selected && day ? (
        <MoveForm
          key={selected.id}
          booking={selected}
          tables={day.tables}
          start={clock(selected.startsAt)}
          end={clock(selected.endsAt)}
          step={step}
          onMove={(request) => {
            setSelectedId(null)
            move(request)
          }}
          onClose={() => setSelectedId(null)}
        />
      ) : null}
      {day ? (
        <DndContext
          sensors={sensors}
          collisionDetection={rowUnder}
          modifiers={modifiers}
          autoScroll={{ threshold: { x: 0.1, y: 0.15 } }}
          accessibility={{ announcements, screenReaderInstructions: { draggable: t('reservations:timeline:dragInstructions') } }}
          onDragStart={onDragStart}
          onDragMove={onDragMove}
          onDragEnd={onDragEnd}
          onDragCancel={onDragCancel}
        >
          <div role="table" ref={grid} aria-label={day.restaurant.name} style={{ display: 'grid', gap: 2 }}>
            <div role="row" style={{ display: 'grid', gridTemplateColumns: '6rem 1fr', fontSize: 12, color: 'var(--theme-elevation-800)' }}>
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
                <TimelineRow row={row} height={rowHeight} step={step} firstSlot={firstSlot} timeAt={timeAt} onEmptySlot={onEmptySlot}>
                  {day.bookings
                    .filter((b) => b.tableIds.includes(row.id) && b.status !== 'cancelled')
                    .map((b) => (
                      <TimelineBlock
                        key={b.id}
                        booking={b}
                        start={offset(b.startsAt)}
                        minutes={offset(b.endsAt) - offset(b.startsAt)}
                        clock={clock}
                        step={step}
                        coarse={coarse}
                        onOpen={() => !dragging.current && Date.now() - droppedAt.current > 400 && setSelectedId(b.id)}
                        onStretch={(minutes) => {
                          const start = clock(b.startsAt)
                          move({ booking: b, tableId: b.tableIds[0]!, start, end: hhmm(minutesOfDay(start) + minutes) })
                        }}
                      />
                    ))}
                </TimelineRow>
              </div>
            ))}
          </div>
          <DragOverlay dropAnimation={null} modifiers={[restrictToWindowEdges]}>
            {dragged ? (
              <div
                data-testid="drag-overlay"
                style={{ height: '100%', display: 'grid', alignContent: 'center', paddingInline: 4, borderRadius: 3, background: '#1a365d', color: '#fff', fontSize: 12, whiteSpace: 'nowrap', boxShadow: '0 4px 12px rgba(0,0,0,.3)', cursor: 'grabbing' }}
              >
                <strong>{target ? t('reservations:timeline:target', { table: labelOf(target.tableId), time: timeAt(target.start) }) : '—'}</strong>
                <span>
                  {dragged.guestName} ({dragged.partySize})
                </span>
              </div>
            ) : null}
          </DragOverlay>
        </DndContext>
      ) : null}
    </div>
  )
}
