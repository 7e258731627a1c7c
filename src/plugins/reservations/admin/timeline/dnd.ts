'use client'

import {
  closestCenter,
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  TouchSensor,
  useSensor,
  useSensors,
  type CollisionDetection,
  type KeyboardCoordinateGetter,
  type Modifier,
  type PointerSensorOptions,
} from '@dnd-kit/core'
import type { PointerEvent as ReactPointerEvent } from 'react'

/** The id of a table's row as a drop target, and back. */
export const rowId = (tableId: number) => `table-${tableId}`
export const tableOfRow = (id: string | number | undefined | null) => (typeof id === 'string' && id.startsWith('table-') ? Number(id.slice(6)) : null)

/**
 * The mouse and the pen, which start a drag after a few pixels (a click still opens the booking).
 * Touch is left to the TouchSensor: its long press lets a finger scroll the page over the timeline.
 */
export class MouseAndPenSensor extends PointerSensor {
  static activators = [
    {
      eventName: 'onPointerDown' as const,
      handler: (event: ReactPointerEvent, options: PointerSensorOptions) => event.nativeEvent.pointerType !== 'touch' && PointerSensor.activators[0]!.handler(event, options),
    },
  ]
}

/** Space picks a booking up and drops it; Enter stays the key that opens its form (the keyboard's other path). */
const KEYBOARD_CODES = { start: ['Space'], cancel: ['Escape'], end: ['Space', 'Enter'] }

/**
 * Arrow keys move a picked-up booking by one slot (left, right) or one table (up, down): the step is
 * read from the rows on screen, so it follows the timeline's width and the restaurant's interval.
 */
export function slotSteps(slotFraction: number): KeyboardCoordinateGetter {
  return (event, { currentCoordinates, context }) => {
    const rows = [...context.droppableRects.values()].sort((a, b) => a.top - b.top)
    const first = rows[0]
    if (!first) return undefined
    const pitch = rows.length > 1 ? rows[1]!.top - first.top : first.height
    const slot = first.width * slotFraction
    const { x, y } = currentCoordinates
    if (event.code === 'ArrowRight') return { x: x + slot, y }
    if (event.code === 'ArrowLeft') return { x: x - slot, y }
    if (event.code === 'ArrowDown') return { x, y: y + pitch }
    if (event.code === 'ArrowUp') return { x, y: y - pitch }
    return undefined
  }
}

/** The sensors of the timeline: mouse or pen, touch after a long press, keyboard. */
export function useTimelineSensors(slotFraction: number) {
  return useSensors(
    useSensor(MouseAndPenSensor, { activationConstraint: { distance: 6 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 250, tolerance: 8 } }),
    useSensor(KeyboardSensor, { keyboardCodes: KEYBOARD_CODES, coordinateGetter: slotSteps(slotFraction) }),
  )
}

/** Under the finger or pointer; from the keyboard (no pointer), the row nearest the booking. */
export const rowUnder: CollisionDetection = (args) => (args.pointerCoordinates ? pointerWithin(args) : closestCenter(args))

/** The dragged booking moves along the row by whole slots, as it will land. */
export function snapAlongRow(slotPixels: number): Modifier {
  return ({ transform }) => (slotPixels > 0 ? { ...transform, x: Math.round(transform.x / slotPixels) * slotPixels } : transform)
}
