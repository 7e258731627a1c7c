/** Statuses that hold tables. Cancelled, completed and no-show bookings free them. */
export const HOLDING_STATUSES = ['pending_payment', 'confirmed', 'seated'] as const

export type ReservationStatus = 'pending_payment' | 'confirmed' | 'seated' | 'completed' | 'cancelled' | 'no_show'

/** Whether a booking blocks its tables now: an unpaid hold stops blocking when it expires. */
export function holdsTables(status: string, holdExpiresAt: Date | string | null | undefined, now = new Date()): boolean {
  if (!(HOLDING_STATUSES as readonly string[]).includes(status)) return false
  if (status === 'pending_payment' && holdExpiresAt) return new Date(holdExpiresAt).getTime() > now.getTime()
  return true
}
