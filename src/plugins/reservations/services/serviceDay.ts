import type { PayloadRequest } from 'payload'

import { relationId, worksFor } from '../../../infrastructure/access/roles'
import { addLocalDays, localDateOf, servicesOn, startOfLocalDay } from '../../../domain/availability'
import { serviceSnapshot, tableStates, type ServiceBooking } from '../../../domain/service/snapshot'
import type { ReservationStatus } from '../../../domain/reservations/status'
import type { Reservation, Table } from '../../../payload-types'
import type { DayBooking, ServiceDayResponse, TableNow } from '../api/serviceDay'
import { BookingError } from '../../../infrastructure/http/respond'
import { rulesOf } from './context'
import { restaurantBySlug } from './restaurants'

/** Each booked guest's allergies, in one query (their visit figures are not needed here). */
async function guestAllergies(req: PayloadRequest, reservations: Reservation[]): Promise<Map<number | string | null, string | null | undefined>> {
  const ids = [...new Set(reservations.map((r) => relationId(r.guest)).filter((id): id is number | string => id !== null))]
  if (ids.length === 0) return new Map()
  const { docs } = await req.payload.find({
    collection: 'guests',
    where: { id: { in: ids } },
    select: { allergies: true },
    limit: ids.length,
    depth: 0,
    req,
    pagination: false,
    context: { withoutGuestFigures: true },
  })
  return new Map(docs.map((g) => [g.id, g.allergies]))
}

/**
 * The dashboard's picture of one restaurant's day, for staff who work there (anyone else gets a
 * 404: a restaurant's bookings are not even confirmed to exist).
 */
export async function serviceDay(req: PayloadRequest, slug: unknown, date: string | undefined, now = new Date()): Promise<ServiceDayResponse> {
  if (!req.user) throw new BookingError(401, 'unauthorized')
  const restaurant = await restaurantBySlug(req, slug)
  if (!worksFor(req.user, restaurant.id, 'host')) throw new BookingError(404, 'restaurant_not_found')
  const localDate = date ?? localDateOf(now, restaurant.timeZone)
  const from = startOfLocalDay(localDate, restaurant.timeZone)
  const to = startOfLocalDay(addLocalDays(localDate, 1), restaurant.timeZone)
  const [reservations, tables] = await Promise.all([
    req.payload.find({
      collection: 'reservations',
      where: { restaurant: { equals: restaurant.id }, startsAt: { greater_than_equal: from.toISOString(), less_than: to.toISOString() } },
      sort: 'startsAt',
      limit: 1000,
      // Ids only: populating every booking's restaurant, tables and guest (whose figures are worked
      // out on read) cost more than the rest of the day; the guests' allergies are read below in one query.
      depth: 0,
      req,
      pagination: false,
    }),
    req.payload.find({ collection: 'tables', where: { restaurant: { equals: restaurant.id }, active: { equals: true } }, limit: 500, depth: 0, req, pagination: false }),
  ])
  const labels = new Map(tables.docs.map((t: Table) => [t.id, t.label]))
  const allergiesOf = await guestAllergies(req, reservations.docs)
  const bookings: ServiceBooking[] = reservations.docs.map((r: Reservation) => ({
    id: r.id,
    reference: r.reference,
    status: r.status,
    startsAt: new Date(r.startsAt),
    partySize: r.partySize,
    guestName: r.guestName,
    tables: (r.tables ?? []).map((t) => labels.get(typeof t === 'object' ? t.id : t) ?? '?'),
    specialRequests: r.specialRequests,
    allergies: allergiesOf.get(relationId(r.guest)) ?? null,
    occasion: r.occasion,
  }))
  const rules = rulesOf(restaurant)
  const snapshot = serviceSnapshot({
    bookings,
    services: servicesOn(localDate, rules),
    seats: tables.docs.reduce((sum: number, t: Table) => sum + (t.maxCapacity ?? 0), 0),
    largePartyFrom: restaurant.notifications?.largePartyFrom ?? 8,
    now,
  })
  // For the day timeline: each table as a row, each booking with its end and its tables' ids.
  const rows = tables.docs.map((t: Table) => ({
    id: t.id,
    label: t.label,
    area: t.area,
    maxCapacity: t.maxCapacity,
    floor: t.floor ?? null,
    joinableWith: (t.joinableWith ?? []).map((j) => (typeof j === 'object' ? j.id : j)),
  }))
  const spans = new Map(
    reservations.docs.map((r: Reservation) => [r.id, { endsAt: new Date(r.endsAt ?? r.startsAt), tableIds: (r.tables ?? []).map((t) => (typeof t === 'object' ? t.id : t)) }]),
  )
  const timeline = bookings.map((b) => ({ ...b, ...spans.get(b.id as number)! }))
  // The wire shape: instants as ISO strings, the spans on every list (one booking type for every view).
  const json = (b: ServiceBooking): DayBooking => {
    const span = spans.get(b.id as number)!
    return { ...b, id: b.id as number, status: b.status as ReservationStatus, startsAt: b.startsAt.toISOString(), endsAt: span.endsAt.toISOString(), tableIds: span.tableIds }
  }
  // For the floor plan: what each table is doing now (only meaningful for today).
  const states = tableStates(
    rows.map((t) => t.id),
    timeline,
    now,
  )
  const party = (b: (typeof timeline)[number] | null) => (b ? { id: b.id as number, reference: b.reference, guestName: b.guestName, partySize: b.partySize, startsAt: b.startsAt.toISOString(), status: b.status as ReservationStatus } : null)
  const floor = Object.fromEntries(Object.entries(states).map(([id, s]): [string, TableNow] => [id, { state: s.state, seated: party(s.seated as (typeof timeline)[number] | null), next: party(s.next as (typeof timeline)[number] | null) }]))
  return {
    restaurant: { slug: restaurant.slug, name: restaurant.name, timeZone: restaurant.timeZone, currency: restaurant.currency },
    date: localDate,
    now: now.toISOString(),
    slotIntervalMinutes: rules.bookingRules.slotIntervalMinutes,
    tables: rows,
    bookings: timeline.map(json),
    floor,
    services: snapshot.services.map((s) => ({ ...s, opensAt: s.opensAt.toISOString(), closesAt: s.closesAt.toISOString() })),
    coversToday: snapshot.coversToday,
    arrivingSoon: snapshot.arrivingSoon.map(json),
    late: snapshot.late.map(json),
    seated: snapshot.seated.map(json),
    pendingDeposits: snapshot.pendingDeposits.map(json),
    largeParties: snapshot.largeParties.map(json),
    flagged: snapshot.flagged.map(json),
  }
}
