import { ValidationError, type PayloadRequest, type Where } from 'payload'

import { localDateOf, staffSlotsOn, todayIn, wallClockToInstant } from '../../../domain/availability'
import { guestSearchOf } from '../../../domain/guests/search'
import type { StaffBookingRequest } from '../../../domain/schemas/staffBooking'
import { minutesOfDay } from '../../../domain/time'
import type { Guest, Reservation, Restaurant } from '../../../payload-types'
import { worksFor } from '../../../infrastructure/access/roles'
import { inTransaction } from '../../../infrastructure/db/transaction'
import { BookingError } from '../../../infrastructure/http/respond'
import { loadBookingContext } from './context'
import { upsertGuest, upsertGuestByPhone } from './guests'
import type { BookingProfile } from './profileCache'

/** The host's day for the drawer: every slot in staff mode with the tables that would seat the party. */
export async function staffAvailability(req: PayloadRequest, profile: BookingProfile, date: string, party: number, now = new Date()) {
  const { restaurant, rules, tables } = profile
  const { input } = await loadBookingContext(req, restaurant, date, date, { tables, rules })
  const slots = staffSlotsOn(date, { ...input, partySize: party, now })
  return {
    restaurant: restaurant.slug,
    timeZone: restaurant.timeZone,
    date,
    party,
    today: todayIn(restaurant.timeZone, now),
    closed: slots.length === 0,
    canOverride: worksFor(req.user, restaurant.id, 'manager'),
    tables: tables.filter((t) => t.active).map((t) => ({ id: t.id, label: t.label, minCapacity: t.minCapacity, maxCapacity: t.maxCapacity })),
    slots: slots.map((s) => ({
      time: s.time,
      startsAt: s.startsAt.toISOString(),
      service: s.service,
      available: s.available,
      ...(s.reason ? { reason: s.reason } : {}),
      tableIds: s.tableIds ?? [],
      fitting: s.fitting,
      free: s.free,
    })),
  }
}

export type StaffAvailability = Awaited<ReturnType<typeof staffAvailability>>

const GUEST_SEARCH_LIMIT = 10

/** What the drawer shows of a guest: enough to recognise them and to seat them well. */
export type GuestMatch = Pick<Guest, 'id' | 'name' | 'email' | 'phone' | 'locale' | 'visitCount' | 'noShowCount' | 'allergies' | 'notes' | 'tags'>

/**
 * Guests of this restaurant whose name or email contains what was typed, or whose phone number
 * is the one typed (any format) or contains its digits. Never another restaurant's guests: the
 * restaurant is in the query and the user's own access rules apply on top.
 */
export async function searchGuests(req: PayloadRequest, restaurantId: number, typed: string): Promise<GuestMatch[]> {
  const search = guestSearchOf(typed)
  const anyOf: Where[] = [{ name: { like: search.text } }, { email: { like: search.text } }]
  if (search.phone) anyOf.push({ phone: { equals: search.phone } })
  if (search.phoneDigits) anyOf.push({ phone: { contains: search.phoneDigits } })
  const { docs } = await req.payload.find({
    collection: 'guests',
    where: { and: [{ restaurants: { contains: restaurantId } }, { or: anyOf }] },
    limit: GUEST_SEARCH_LIMIT,
    depth: 0,
    sort: '-visitCount',
    pagination: false,
    select: { name: true, email: true, phone: true, locale: true, visitCount: true, noShowCount: true, allergies: true, notes: true, tags: true },
    req,
    overrideAccess: false,
    user: req.user,
    // Spend and last visit are worked out per profile on read: not needed to pick a guest.
    context: { withoutGuestFigures: true },
  })
  return docs.map((g) => ({
    id: g.id,
    name: g.name,
    email: g.email,
    phone: g.phone ?? null,
    locale: g.locale ?? null,
    visitCount: g.visitCount ?? 0,
    noShowCount: g.noShowCount ?? 0,
    allergies: g.allergies ?? null,
    notes: g.notes ?? null,
    tags: g.tags ?? [],
  }))
}

/** The guest the booking is for: a profile of this restaurant picked in the search, or the details typed. */
async function guestOf(req: PayloadRequest, restaurant: Restaurant, guest: StaffBookingRequest['guest']) {
  if ('id' in guest) {
    const { docs } = await req.payload.find({
      collection: 'guests',
      where: { and: [{ id: { equals: guest.id } }, { restaurants: { contains: restaurant.id } }] },
      limit: 1,
      depth: 0,
      pagination: false,
      req,
      overrideAccess: false,
      user: req.user,
      context: { withoutGuestFigures: true },
    })
    const found = docs[0]
    if (!found) throw new BookingError(404, 'guest_not_found', 'guest.id')
    return { id: found.id, name: found.name, email: found.email, phone: found.phone ?? undefined, locale: found.locale === 'en' ? 'en' : 'fr' }
  }
  // One profile per email, as online: an email already known (here or elsewhere) is that guest.
  // Without one, the number this restaurant knows them by (a phone booking), so the search finds them next time.
  const profile = guest.email
    ? await upsertGuest(req, { name: guest.name, email: guest.email, phone: guest.phone }, guest.locale, restaurant.id)
    : guest.phone
      ? await upsertGuestByPhone(req, { name: guest.name, phone: guest.phone }, guest.locale, restaurant.id)
      : null
  return { id: profile?.id, name: guest.name, email: guest.email || undefined, phone: guest.phone, locale: guest.locale }
}

/** The database or the booking rules found the table taken by someone else: a conflict, not bad input. */
function tableTakenMeanwhile(error: unknown): boolean {
  if ((error as { status?: number })?.status === 409) return true
  if (!(error instanceof ValidationError)) return false
  return (error.data.errors as Array<{ code?: string }>).some((e) => e.code === 'table_taken')
}

/**
 * A booking taken by staff: the guest found or created and the reservation written in one
 * transaction, through the Reservations collection like any staff booking — its hooks lock the day,
 * run the engine in staff mode (or record a manager's override), hold the tables and queue the
 * confirmation. A table taken meanwhile rolls everything back, the new guest profile included.
 */
export async function bookForStaff(req: PayloadRequest, restaurant: Restaurant, request: StaffBookingRequest): Promise<Reservation> {
  const startsAt = wallClockToInstant(request.date, minutesOfDay(request.time), restaurant.timeZone)
  // A time the clocks skip (spring-forward night) does not exist to be booked.
  if (!startsAt || localDateOf(startsAt, restaurant.timeZone) !== request.date) throw new BookingError(422, 'invalid_time', 'time')
  try {
    return await inTransaction(req, async () => {
      const guest = await guestOf(req, restaurant, request.guest)
      return req.payload.create({
        collection: 'reservations',
        data: {
          restaurant: restaurant.id,
          startsAt: startsAt.toISOString(),
          partySize: request.partySize,
          ...(request.tables?.length ? { tables: request.tables } : {}),
          status: 'confirmed',
          source: request.source,
          guest: guest.id,
          guestName: guest.name,
          guestEmail: guest.email,
          guestPhone: guest.phone,
          guestLocale: guest.locale,
          occasion: request.occasion,
          internalNotes: request.notes,
          ...(request.override ? { overrideRules: true, overrideReason: request.override.reason } : {}),
        } as never,
        req,
        depth: 0,
        overrideAccess: false,
        user: req.user,
        context: { withoutGuestConfirmation: !request.sendConfirmation },
      })
    })
  } catch (error) {
    if (tableTakenMeanwhile(error)) throw new BookingError(409, 'table_taken', 'tables')
    throw error
  }
}
