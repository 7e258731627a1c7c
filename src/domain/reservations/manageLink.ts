import { addElapsedDays } from '../availability/localTime'

/** Days after the visit during which the link still shows the booking (a receipt, a forgotten scarf). */
export const MANAGE_LINK_DAYS_AFTER_VISIT = 7

/** A link outlives its visit by a week, then opens nothing: an old email is not a key forever. */
export function manageLinkExpired(endsAt: string | Date, now = new Date()): boolean {
  return addElapsedDays(new Date(endsAt), MANAGE_LINK_DAYS_AFTER_VISIT) < now
}
