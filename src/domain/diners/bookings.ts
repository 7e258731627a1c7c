/** A booking as the diner sees it in their account. */
export interface DinerBooking {
  reference: string
  status: string
  startsAt: string
  partySize: number
}

const STILL_ON = new Set(['pending_payment', 'confirmed', 'seated'])

/** Still ahead of the diner: a booking that has not started and is still on (not cancelled). */
export function isUpcoming(booking: DinerBooking, now: Date): boolean {
  return STILL_ON.has(booking.status) && new Date(booking.startsAt).getTime() >= now.getTime()
}

/** Upcoming soonest first; past (and cancelled) most recent first. */
export function upcomingAndPast<T extends DinerBooking>(bookings: T[], now: Date): { upcoming: T[]; past: T[] } {
  const byTime = (a: T, b: T) => new Date(a.startsAt).getTime() - new Date(b.startsAt).getTime()
  const upcoming = bookings.filter((b) => isUpcoming(b, now)).sort(byTime)
  const past = bookings.filter((b) => !isUpcoming(b, now)).sort((a, b) => byTime(b, a))
  return { upcoming, past }
}

/** What stands in for a diner's name once they asked to be forgotten. */
export const DELETED_GUEST_NAME = 'Deleted guest'

/** A unique placeholder for the guest profile's required, unique email once anonymised. */
export function anonymisedEmail(guestId: number | string): string {
  return `deleted-guest-${guestId}@anonymised.invalid`
}
