import { ValidationError, type CollectionBeforeChangeHook, type ValidationFieldError } from 'payload'

import { isStaff, relationId, worksFor } from '../../../../../infrastructure/access/roles'
import { checkBooking, localDateOf, occupancy, type BookingCheck } from '../../../../../domain/availability'
import { refusalWithRemedy, type ErrorCode, type Remedy } from '../../../../../domain/errors'
import { holdsTables } from '../../../../../domain/reservations/status'
import { requestLanguage } from '../../../../../infrastructure/http/respond'
import { lockRestaurantDay } from '../../../db/locks'
import { loadBookingContext } from '../../../services/context'
import { restaurantById } from '../../../services/restaurants'

type Problem = Exclude<BookingCheck, { ok: true }>['reason'] | 'table_taken' | 'tables_too_small' | 'tables_elsewhere'

/** In staff mode the engine asks no notice: a time "too soon" is a time already gone. */
const codeOf = (problem: Problem): ErrorCode => (problem === 'too_soon' ? 'time_passed' : problem)

const ids = (value: unknown): string[] =>
  Array.isArray(value) ? value.map((v) => String(relationId(v as never))).filter((v) => v !== 'null') : []

/**
 * Changes from the admin (phone booking, walk-in, move, resize, table swap) pass the same engine
 * as online bookings, in staff mode. Staff can force a refused change with "Override booking
 * rules"; that is recorded in the audit log. Overlapping tables are refused even then — by the
 * database's exclusion constraint, which no override reaches.
 */
export const enforceBookingRules: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req, context }) => {
  // The booking service already ran the engine under the lock; the seed writes known-good data.
  if (context.bookingChecked || context.seeding) return data
  const merged = { ...originalDoc, ...data }
  if (!holdsTables(merged.status, merged.holdExpiresAt)) return data

  const same = (key: string, norm: (v: unknown) => string) => norm(data[key] ?? originalDoc?.[key]) === norm(originalDoc?.[key])
  const asTime = (v: unknown) => (v ? String(new Date(v as string).getTime()) : '')
  const changed =
    operation === 'create' ||
    !holdsTables(originalDoc?.status, originalDoc?.holdExpiresAt) ||
    !same('startsAt', asTime) ||
    !same('endsAt', asTime) ||
    !same('partySize', String) ||
    !same('restaurant', (v) => String(relationId(v as never))) ||
    !same('tables', (v) => ids(v).sort().join(','))
  if (!changed) return data

  const restaurantId = relationId(merged.restaurant)
  // Field validation (which runs after this hook) refuses a restaurant the user does not work for.
  if (restaurantId === null || (isStaff(req.user) && !worksFor(req.user, restaurantId))) return data
  const restaurant = await restaurantById(req, restaurantId)
  const startsAt = new Date(merged.startsAt)
  const localDate = localDateOf(startsAt, restaurant.timeZone)
  if (req.transactionID) await lockRestaurantDay(req, restaurant.id, localDate)
  const { input } = await loadBookingContext(req, restaurant, localDate, localDate, { excludeReservation: originalDoc?.id })
  const partySize = Number(merged.partySize)
  // On update Payload hands hooks the whole document, so a move keeps its tables unless new ones are given.
  const chosen = ids(data.tables)

  const check: BookingCheck = checkBooking(startsAt, { ...input, partySize, now: new Date(), staff: true })
  let problem: Problem | null = null
  if (chosen.length > 0) {
    // Tables picked by hand (or kept on a move): the time must still be a service time (unless the
    // guests are already at the door, or only the tables change: a party moved off a table being
    // retired keeps the time it was booked, forced or seated at), and those tables must be free and big enough.
    const timeProblem = !check.ok && check.reason !== 'no_table' && !context.walkIn && !context.sameTime ? check.reason : null
    problem = timeProblem ?? tablesProblem(chosen, startsAt, new Date(merged.endsAt), partySize, input)
  } else if (check.ok) {
    data.tables = check.tableIds
  } else {
    problem = check.reason
  }
  if (!problem) return data

  // Forcing the rules is a manager's call. A taken table stays taken: the database refuses it (409).
  const mayOverride = !isStaff(req.user) || worksFor(req.user, restaurantId, 'manager')
  if (data.overrideRules === true && mayOverride) {
    req.context.overridden = { reason: problem, note: data.overrideReason ?? null }
    return data
  }
  // The code is what clients decide on (the admin offers to force anything but a taken table); the
  // message, in the request's language, also says what staff can do about it.
  const code = codeOf(problem)
  const remedy: Remedy = problem === 'table_taken' ? 'other_table' : mayOverride ? 'override' : 'manager_only'
  const language = requestLanguage(req)
  const errors: Array<ValidationFieldError & { code: ErrorCode; remedy: Remedy }> = [
    { path: chosen.length > 0 ? 'tables' : 'startsAt', code, remedy, message: refusalWithRemedy(code, remedy, language) },
  ]
  throw new ValidationError({ collection: 'reservations', errors, req })
}

function tablesProblem(
  chosen: string[],
  startsAt: Date,
  endsAt: Date,
  partySize: number,
  input: Awaited<ReturnType<typeof loadBookingContext>>['input'],
): Problem | null {
  const tables = input.tables.filter((t) => chosen.includes(String(t.id)))
  if (tables.length !== chosen.length) return 'tables_elsewhere'
  if (tables.reduce((n, t) => n + t.maxCapacity, 0) < partySize) return 'tables_too_small'
  const mine = occupancy(startsAt, endsAt, input.rules.bookingRules.bufferMinutes)
  const busy = input.bookings.some((b) => {
    const theirs = occupancy(b.startsAt, b.endsAt, input.rules.bookingRules.bufferMinutes)
    return theirs.from < mine.to && mine.from < theirs.to && b.tableIds.some((id) => chosen.includes(String(id)))
  })
  return busy ? 'table_taken' : null
}
