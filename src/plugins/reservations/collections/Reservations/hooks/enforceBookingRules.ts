import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

import { isStaff, relationId, worksFor } from '../../../../../infrastructure/access/roles'
import { checkBooking, localDateOf, occupancy, type BookingCheck } from '../../../../../domain/availability'
import { holdsTables } from '../../../../../domain/reservations/status'
import { lockRestaurantDay } from '../../../db/locks'
import { loadBookingContext } from '../../../services/context'
import { restaurantById } from '../../../services/restaurants'

const REASONS: Record<string, string> = {
  closed: 'The restaurant is closed at that time',
  too_soon: 'That time has already passed',
  too_far: 'That date is beyond the booking window',
  pacing: 'Too many guests already start at that time',
  no_table: 'No free table can seat this party at that time',
  not_a_slot: 'That time is not one of the bookable slots',
  tables_busy: 'One of the chosen tables is taken at that time',
  tables_too_small: 'The chosen tables do not seat this party',
  tables_elsewhere: 'The chosen tables belong to another restaurant',
}

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
  let problem: string | null = null
  if (chosen.length > 0) {
    // Tables picked by hand (or kept on a move): the time must still be a service time (unless the
    // guests are already at the door), and those tables must be free and big enough.
    const timeProblem = !check.ok && check.reason !== 'no_table' && !context.walkIn ? check.reason : null
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
  const remedy =
    problem === 'tables_busy' ? 'Choose another table or time' : mayOverride ? 'Tick "Override booking rules" to force it' : 'Only a manager can override the booking rules'
  throw new ValidationError({
    collection: 'reservations',
    errors: [
      {
        path: chosen.length > 0 ? 'tables' : 'startsAt',
        message: `${REASONS[problem] ?? problem}. ${remedy}.`,
      },
    ],
    req,
  })
}

function tablesProblem(
  chosen: string[],
  startsAt: Date,
  endsAt: Date,
  partySize: number,
  input: Awaited<ReturnType<typeof loadBookingContext>>['input'],
): string | null {
  const tables = input.tables.filter((t) => chosen.includes(String(t.id)))
  if (tables.length !== chosen.length) return 'tables_elsewhere'
  if (tables.reduce((n, t) => n + t.maxCapacity, 0) < partySize) return 'tables_too_small'
  const mine = occupancy(startsAt, endsAt, input.rules.bookingRules.bufferMinutes)
  const busy = input.bookings.some((b) => {
    const theirs = occupancy(b.startsAt, b.endsAt, input.rules.bookingRules.bufferMinutes)
    return theirs.from < mine.to && mine.from < theirs.to && b.tableIds.some((id) => chosen.includes(String(id)))
  })
  return busy ? 'tables_busy' : null
}
