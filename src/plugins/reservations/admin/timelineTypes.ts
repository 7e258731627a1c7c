import type { DayBooking, DayTable } from '../api/serviceDay'

/** What the day timeline draws and what a move asks for, shared by the timeline and its forms. */
export type Booking = DayBooking
export type TableRow = Pick<DayTable, 'id' | 'label' | 'maxCapacity'>
/** A booking to another table (`tableId`), start (`start`, HH:MM on the timeline) and, when stretched, end. */
export type MoveRequest = { booking: Booking; tableId: number; start: string; end?: string }
