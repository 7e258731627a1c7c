import type { ReservationStatus } from './status'

/** What a change to a booking means for the people who should hear about it. */
export interface BookingSnapshot {
  status: ReservationStatus
  startsAt: string
  partySize: number
  source?: string | null
  cancelledBy?: string | null
}

export type GuestNotice = 'confirmation' | 'change' | 'cancellation' | 'deposit_request' | 'deposit_expired'
export type StaffNotice = 'new' | 'changed' | 'cancelled'

export interface Notices {
  guest?: GuestNotice
  staff?: StaffNotice
  /** A table came free: waitlisted guests for that time may get an offer. */
  freedTable: boolean
}

const UPCOMING: ReservationStatus[] = ['pending_payment', 'confirmed']

/**
 * Which messages a booking's creation or change causes. Staff hear about bookings that hold a
 * table for sure (confirmed), guests about everything that changes their plans. A walk-in is
 * already at the table and gets no confirmation.
 */
export function noticesFor(before: BookingSnapshot | undefined, after: BookingSnapshot): Notices {
  const none: Notices = { freedTable: false }
  if (!before) {
    if (after.status === 'pending_payment') return { guest: 'deposit_request', freedTable: false }
    if (after.status === 'confirmed') return { guest: after.source === 'walk_in' ? undefined : 'confirmation', staff: 'new', freedTable: false }
    return none
  }
  if (before.status === 'pending_payment' && after.status === 'confirmed') return { guest: 'confirmation', staff: 'new', freedTable: false }
  if (UPCOMING.includes(before.status) && after.status === 'cancelled') {
    if (before.status === 'pending_payment') return { guest: after.cancelledBy === 'system' ? 'deposit_expired' : 'cancellation', freedTable: true }
    return { guest: 'cancellation', staff: 'cancelled', freedTable: true }
  }
  const moved = new Date(before.startsAt).getTime() !== new Date(after.startsAt).getTime() || before.partySize !== after.partySize
  if (moved && UPCOMING.includes(after.status) && before.status === after.status) {
    return { guest: 'change', staff: after.status === 'confirmed' ? 'changed' : undefined, freedTable: true }
  }
  return none
}
