import type { ReservationStatus } from './status'

/** The moves staff make, from each status. */
const NEXT: Record<ReservationStatus, ReservationStatus[]> = {
  // Staff may confirm a booking whose deposit was settled another way (paid at the bar, waived for a regular).
  pending_payment: ['confirmed', 'cancelled'],
  confirmed: ['seated', 'no_show', 'cancelled'],
  seated: ['completed'],
  completed: [],
  cancelled: [],
  no_show: ['seated'],
}

export const SERVICE_ACTIONS = ['seated', 'completed', 'no_show', 'cancelled'] as const
export type ServiceAction = (typeof SERVICE_ACTIONS)[number]

/** What staff may do to many bookings at once from the reservations list. */
export const BULK_ACTIONS = ['confirmed', 'cancelled', 'no_show'] as const
export type BulkAction = (typeof BULK_ACTIONS)[number]

/** Whether a booking in `from` can be moved to `to` by staff (a late no-show who turns up can still be seated). */
export function canMove(from: ReservationStatus, to: ReservationStatus): boolean {
  return NEXT[from].includes(to)
}

/** The service actions the dashboard offers on a booking in `from`. */
export function serviceActionsFrom(from: ReservationStatus): ServiceAction[] {
  return SERVICE_ACTIONS.filter((action) => canMove(from, action))
}
