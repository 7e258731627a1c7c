import type { ReservationStatus } from './status'

/** The moves staff make during service, from each status. */
const NEXT: Record<ReservationStatus, ReservationStatus[]> = {
  pending_payment: ['cancelled'],
  confirmed: ['seated', 'no_show', 'cancelled'],
  seated: ['completed'],
  completed: [],
  cancelled: [],
  no_show: ['seated'],
}

export const SERVICE_ACTIONS = ['seated', 'completed', 'no_show', 'cancelled'] as const
export type ServiceAction = (typeof SERVICE_ACTIONS)[number]

/** Whether a booking in `from` can be moved to `to` by staff (a late no-show who turns up can still be seated). */
export function canMove(from: ReservationStatus, to: ReservationStatus): boolean {
  return NEXT[from].includes(to)
}
