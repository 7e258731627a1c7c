'use client'

import { useDroppable } from '@dnd-kit/core'
import { useRef, useState, type KeyboardEvent, type MouseEvent, type PointerEvent, type ReactNode } from 'react'

import type { TableRow } from '../timelineTypes'
import { useWords } from '../useWords'
import { rowId } from './dnd'
import { minutesAt, SPAN } from './geometry'

/**
 * A table's row: where bookings are dropped, and — when the view can take a new booking
 * (`onEmptySlot`) — a click or tap on an empty part of it, or its "+" button (which the arrow keys
 * move by one slot), asks for a booking at that table and slot.
 */
export function TimelineRow({
  row,
  height,
  step,
  firstSlot,
  timeAt,
  onEmptySlot,
  children,
}: {
  row: TableRow
  height: number
  step: number
  /** where the "+" button starts when reached by the keyboard, in minutes from the timeline's start */
  firstSlot: number
  timeAt: (minutes: number) => string
  onEmptySlot?: (tableId: number, time: string) => void
  children: ReactNode
}) {
  const { t } = useWords()
  const { setNodeRef, isOver } = useDroppable({ id: rowId(row.id), data: { tableId: row.id } })
  const [slot, setSlot] = useState<number | null>(null)
  const [focused, setFocused] = useState(false)
  const plus = useRef<HTMLButtonElement>(null)
  // The slot a position falls in (its start: a tap inside 19:00–19:15 means 19:00), kept inside the day.
  const slotAt = (event: { clientX: number; currentTarget: HTMLElement }) => {
    const box = event.currentTarget.getBoundingClientRect()
    return Math.min(SPAN - step, Math.floor(minutesAt(event.clientX - box.left, box.width) / step) * step)
  }
  const onEmpty = (event: MouseEvent<HTMLDivElement>) => {
    if (onEmptySlot && event.target === event.currentTarget) onEmptySlot(row.id, timeAt(slotAt(event)))
  }
  const onHover = (event: PointerEvent<HTMLDivElement>) => {
    if (!onEmptySlot || event.pointerType === 'touch' || focused) return
    if (event.target === plus.current) return
    setSlot(event.target === event.currentTarget ? slotAt(event) : null)
  }
  const onKey = (event: KeyboardEvent<HTMLButtonElement>) => {
    const by = event.key === 'ArrowRight' ? step : event.key === 'ArrowLeft' ? -step : 0
    if (!by) return
    event.preventDefault()
    setSlot((s) => Math.max(0, Math.min(SPAN - step, (s ?? firstSlot) + by)))
  }
  const at = slot ?? firstSlot
  const showPlus = onEmptySlot && (focused || slot !== null)

  return (
    <div
      role="cell"
      ref={setNodeRef}
      onClick={onEmpty}
      onPointerMove={onHover}
      onPointerLeave={() => !focused && setSlot(null)}
      style={{
        position: 'relative',
        height,
        background: isOver ? 'var(--theme-elevation-150)' : 'var(--theme-elevation-50)',
        borderRadius: 3,
        cursor: onEmptySlot ? 'copy' : undefined,
      }}
    >
      {children}
      {onEmptySlot ? (
        <button
          type="button"
          ref={plus}
          data-testid={`new-booking-${row.label}`}
          aria-label={t('reservations:timeline:newBooking', { table: row.label, time: timeAt(at) })}
          onClick={(event) => {
            event.stopPropagation()
            onEmptySlot(row.id, timeAt(at))
          }}
          onKeyDown={onKey}
          onFocus={() => setFocused(true)}
          onBlur={() => {
            setFocused(false)
            setSlot(null)
          }}
          style={{
            position: 'absolute',
            top: 2,
            bottom: 2,
            left: `${(at / SPAN) * 100}%`,
            width: `${(step / SPAN) * 100}%`,
            minWidth: 24,
            padding: 0,
            border: '1px dashed var(--theme-elevation-500)',
            borderRadius: 3,
            background: 'var(--theme-elevation-0)',
            color: 'var(--theme-elevation-800)',
            fontSize: 16,
            lineHeight: 1,
            cursor: 'copy',
            opacity: showPlus ? 1 : 0,
            // Invisible, it must not catch the pointer over a booking; reached by Tab, it shows.
            pointerEvents: showPlus ? 'auto' : 'none',
          }}
        >
          +
        </button>
      ) : null}
    </div>
  )
}
