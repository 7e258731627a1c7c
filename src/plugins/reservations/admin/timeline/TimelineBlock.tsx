'use client'

import { useDraggable } from '@dnd-kit/core'
import { useRef, useState, type PointerEvent } from 'react'

import type { ReservationStatus } from '../../../../domain/reservations/status'
import type { Booking } from '../timelineTypes'
import { useWords } from '../useWords'
import { SPAN, snapTo } from './geometry'

// Dark enough for the white 12 px text on them (WCAG AA 4.5:1), told apart by hue.
const COLORS: Record<string, string> = { confirmed: '#2f6f5e', pending_payment: '#8a5a0b', seated: '#2b6cb0', completed: '#4a5568', no_show: '#b52a2a' }

/** What the drag carries: the booking, so a drop knows what moved. */
export type DragData = { booking: Booking }

/**
 * One booking on its table's row: a button to drag (mouse, pen, a long press of a finger, Space) or
 * to open (click, tap, Enter), and a handle on its right edge to stretch it (mouse or finger: pointer
 * events, 44 px wide under a finger).
 */
export function TimelineBlock({
  booking,
  start,
  minutes,
  clock,
  step,
  coarse,
  onOpen,
  onStretch,
}: {
  booking: Booking
  /** minutes from the timeline's first hour */
  start: number
  /** how long it stays, in minutes */
  minutes: number
  clock: (iso: string) => string
  step: number
  coarse: boolean
  onOpen: () => void
  onStretch: (minutes: number) => void
}) {
  const { t } = useWords()
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, isDragging } = useDraggable({
    id: booking.id,
    data: { booking } satisfies DragData,
    attributes: { roleDescription: t('reservations:timeline:roleDescription') },
  })
  const [stretch, setStretch] = useState<number | null>(null)
  const resizing = useRef<{ fromX: number; width: number } | null>(null)
  // A stretch stops at the timeline's end, like the stay it draws.
  const shown = Math.min(stretch ?? minutes, SPAN - start)
  // The finger's handle straddles the block's right edge, but never past the row's: a stay ending
  // at the timeline's end (a late walk-in) would push it off a portrait tablet's screen. `right` in
  // percent is of the block, so the room left to the row's end is (SPAN - end) / shown of it.
  const roomRight = shown > 0 ? ((SPAN - start - shown) / shown) * 100 : 0
  const resize = t('reservations:timeline:resize', { reference: booking.reference })

  const onResizeStart = (event: PointerEvent<HTMLSpanElement>) => {
    event.stopPropagation()
    event.currentTarget.setPointerCapture(event.pointerId)
    resizing.current = { fromX: event.clientX, width: event.currentTarget.closest('[role="cell"]')!.getBoundingClientRect().width }
  }
  const onResizeMove = (event: PointerEvent<HTMLSpanElement>) => {
    const r = resizing.current
    if (r) setStretch(Math.max(step * 2, snapTo(minutes + ((event.clientX - r.fromX) / r.width) * SPAN, step)))
  }
  const onResizeEnd = () => {
    const stretched = resizing.current ? stretch : null
    resizing.current = null
    setStretch(null)
    if (stretched !== null && stretched !== minutes) onStretch(stretched)
  }

  return (
    <div
      ref={setNodeRef}
      style={{
        position: 'absolute',
        top: 3,
        bottom: 3,
        left: `${(start / SPAN) * 100}%`,
        width: `${Math.max(1, (shown / SPAN) * 100)}%`,
        display: 'flex',
        background: COLORS[booking.status] ?? '#3c4555',
        borderRadius: 3,
        opacity: isDragging ? 0.35 : 1,
      }}
    >
      <button
        type="button"
        ref={setActivatorNodeRef}
        {...attributes}
        {...listeners}
        data-testid={`booking-${booking.reference}`}
        onClick={onOpen}
        title={`${booking.reference} · ${booking.guestName} · ${booking.partySize} · ${clock(booking.startsAt)}–${clock(booking.endsAt)} · ${t(`reservations:status:${booking.status as ReservationStatus}`)}`}
        style={{
          flex: 1,
          minWidth: 0,
          background: 'transparent',
          color: '#fff',
          border: 0,
          fontSize: 12,
          overflow: 'hidden',
          whiteSpace: 'nowrap',
          textAlign: 'left',
          paddingInline: 4,
          cursor: 'grab',
          // A finger holds it to drag (the TouchSensor's long press) without the page zooming or the
          // system's callout; before that, the finger still scrolls the page.
          touchAction: 'manipulation',
          WebkitTouchCallout: 'none',
          userSelect: 'none',
        }}
      >
        {clock(booking.startsAt)} {booking.guestName} ({booking.partySize})
      </button>
      {/* Pointer only (the move form is the keyboard's way): hidden from assistive technology, a span may not carry a name. */}
      <span
        aria-hidden="true"
        title={resize}
        data-testid={`resize-${booking.reference}`}
        onPointerDown={onResizeStart}
        onPointerMove={onResizeMove}
        onPointerUp={onResizeEnd}
        onPointerCancel={() => {
          resizing.current = null
          setStretch(null)
        }}
        style={
          coarse
            ? // A finger's target: 44 px square, centred on the edge, drawn as the same thin bar.
              { position: 'absolute', right: `max(-22px, ${-roomRight}%)`, top: '50%', width: 44, height: 44, marginTop: -22, cursor: 'ew-resize', touchAction: 'none', zIndex: 1, background: 'linear-gradient(90deg, transparent 20px, rgba(255,255,255,.7) 20px, rgba(255,255,255,.7) 24px, transparent 24px)' }
            : { width: 8, cursor: 'ew-resize', borderLeft: '1px solid rgba(255,255,255,.5)', touchAction: 'none' }
        }
      />
    </div>
  )
}
