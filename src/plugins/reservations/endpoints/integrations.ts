import type { Endpoint, PayloadRequest } from 'payload'
import { z } from 'zod'

import { feedMetadata } from '../../../domain/feed/reserveWithGoogle'
import { normaliseReference } from '../../../domain/referenceFormat'
import { bookingChangeSchema } from '../../../domain/schemas/booking'
import type { Reservation } from '../../../payload-types'
import { BookingError, endpoint, jsonBody } from '../../../infrastructure/http/respond'
import type { ApiOperation } from '../../../infrastructure/openapi/operation'
import { holds, integrationLabel, integrationRestaurantIds, isIntegration, requireScope, type IntegrationUser } from '../access/integrations'
import { storedFeeds, type FeedPart } from '../feed/store'
import { cancelReservation, changeReservation, guestView } from '../services/booking'
import { restaurantById } from '../services/restaurants'
import { bookingExample, bookingView, INPUT_CODES, INTEGRATION_CODES, RULE_CODES, TAKEN_CODES } from './answers'

const noStore = { headers: { 'Cache-Control': 'no-store' } }

/** A path segment as typed ("k7q 4mx" arrives as `k7q%204mx`). */
function decodedSegment(value: unknown): string {
  try {
    return decodeURIComponent(String(value ?? ''))
  } catch {
    return String(value ?? '')
  }
}

function keyOf(req: PayloadRequest): IntegrationUser {
  if (!isIntegration(req.user)) throw new BookingError(401, 'unauthorized')
  return req.user
}

/**
 * A booking this key made, by its reference, once the key may manage bookings at its restaurant.
 * Another key's booking, or one made on the site, is "not found": a partner learns nothing of them.
 */
async function ownBooking(req: PayloadRequest) {
  const key = keyOf(req)
  const reference = normaliseReference(decodedSegment(req.routeParams?.reference).slice(0, 20))
  const { docs } = await req.payload.find({
    collection: 'reservations',
    where: { and: [{ reference: { equals: reference } }, { integration: { equals: key.id } }] },
    limit: 1,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const reservation = docs[0] as Reservation | undefined
  if (!reservation) {
    // A key without the scope hears so before anything about the booking.
    if (key.active === false || !holds(key, 'bookings:manage')) requireScope(req, 'bookings:manage', null)
    throw new BookingError(404, 'booking_not_found')
  }
  requireScope(req, 'bookings:manage', reservation.restaurant as number)
  req.context.auditVia = integrationLabel(key)
  return { reservation, restaurant: await restaurantById(req, reservation.restaurant as number) }
}

const bookingPath = '/bookings/:reference'

/** Every booking route answers to a key holding `bookings:manage`, about a booking that key made. */
function asPartner(operation: Omit<ApiOperation, 'tag' | 'auth' | 'params'>): { openapi: ApiOperation } {
  const errors = operation.errors ?? {}
  return {
    openapi: {
      ...operation,
      tag: 'Partners',
      auth: ['integration'],
      params: { reference: { description: 'The booking\'s reference, as `book` answered it (`K7Q4MX`; case, spaces and dashes ignored).' } },
      errors: { ...errors, 401: ['unauthorized'], 403: [...INTEGRATION_CODES], 404: ['booking_not_found'] },
    },
  }
}
const asItIs = { description: 'The booking as it is now.', schema: bookingView, example: bookingExample }
const NOT_CHANGEABLE = ['not_changeable', 'already_started'] as const

/**
 * GET | PATCH | DELETE /api/integrations/bookings/:reference — a partner reads, changes (time, party
 * size, special requests) and cancels a booking its key made, through the same rules as the guest's
 * own link. `bookings:manage` scope.
 */
const bookingEndpoints: Endpoint[] = [
  {
    custom: asPartner({ summary: 'Read a booking your key made', description: 'A booking made on the site or by another key is not found.', responses: { 200: asItIs } }),
    path: bookingPath,
    method: 'get',
    handler: endpoint(async (req) => {
      const { reservation, restaurant } = await ownBooking(req)
      return Response.json(guestView(reservation, restaurant), noStore)
    }),
  },
  {
    custom: asPartner({
      summary: 'Change the time, the party size or the requests of a booking your key made',
      description: 'The same rules as the guest\'s own link: a new time or party size is checked by the engine under the day\'s lock.',
      body: bookingChangeSchema,
      bodyExample: { startsAt: '2026-12-04T20:00:00+01:00', partySize: 3 },
      responses: { 200: asItIs },
      errors: { 400: ['invalid_json'], 409: [...NOT_CHANGEABLE, ...TAKEN_CODES], 422: [...RULE_CODES, 'deposit_required', 'nothing_to_change', 'invalid_datetime', ...INPUT_CODES] },
    }),
    path: bookingPath,
    method: 'patch',
    handler: endpoint(async (req) => {
      const { reservation, restaurant } = await ownBooking(req)
      const change = bookingChangeSchema.parse(await jsonBody(req))
      return Response.json(await changeReservation(req, reservation, restaurant, change), noStore)
    }),
  },
  {
    custom: asPartner({
      summary: 'Cancel a booking your key made',
      description: 'As if the guest cancelled: a paid deposit is refunded as the policy says; the audit log names the key.',
      responses: { 200: { ...asItIs, description: 'The cancelled booking.' } },
      errors: { 409: [...NOT_CHANGEABLE] },
    }),
    path: bookingPath,
    method: 'delete',
    handler: endpoint(async (req) => {
      const { reservation, restaurant } = await ownBooking(req)
      const key = keyOf(req)
      return Response.json(await cancelReservation(req, reservation, restaurant, `Cancelled through the partner ${integrationLabel(key)}`), noStore)
    }),
  },
]

const FEEDS = { merchants: 'merchant', services: 'services', availability: 'availability' } as const satisfies Record<string, FeedPart>
const feedKind = z.enum(Object.keys(FEEDS) as [keyof typeof FEEDS, ...Array<keyof typeof FEEDS>], { message: 'not_an_option' })

/**
 * GET /api/integrations/feed/{merchants|services|availability} — the aggregator feed of the key's
 * restaurants, as the scheduled job last stored it (feed/task.ts), in Reserve with Google's shape.
 * `feed:read` scope; the restaurants the key serves only.
 */
const feedEndpoint: Endpoint = {
  custom: {
    openapi: {
      tag: 'Partners',
      summary: "The aggregator feed of your key's restaurants (Reserve with Google's shape)",
      description:
        '`merchants`: one merchant per restaurant; `services`: its bookable services; `availability`: slot-level inventory for at least 30 days, one entry per start time and party size. Regenerated every 15 minutes by a scheduled job; `metadata.generation_timestamp` says when.',
      auth: ['integration'],
      params: { kind: { description: '`merchants`, `services` or `availability`.', schema: feedKind } },
      responses: {
        200: {
          description: 'The feed, as the last run stored it.',
          schema: z.object({ metadata: z.object({ processing_instruction: z.string(), shard_number: z.number().int(), total_shards: z.number().int(), generation_timestamp: z.number().int() }) }).catchall(z.unknown()),
          example: { metadata: { processing_instruction: 'PROCESS_AS_COMPLETE', shard_number: 0, total_shards: 1, generation_timestamp: 1764790800 }, service_availability: [{ availability: [{ merchant_id: 'le-petit-zinc', service_id: 'le-petit-zinc-table', start_sec: 1764874800, duration_sec: 5400, spots_total: 1, spots_open: 1, resources: { party_size: 2 } }] }] },
        },
      },
      errors: { 401: ['unauthorized'], 403: [...INTEGRATION_CODES], 422: ['not_an_option'] },
    } satisfies ApiOperation,
  },
  path: '/feed/:kind',
  method: 'get',
  handler: endpoint(async (req) => {
    const key = keyOf(req)
    const kind = feedKind.parse(req.routeParams?.kind)
    const restaurants = integrationRestaurantIds(key)
    for (const restaurant of restaurants.length ? restaurants : [null]) requireScope(req, 'feed:read', restaurant)
    const stored = await storedFeeds(req, restaurants, FEEDS[kind])
    // The oldest restaurant's run dates the whole answer: nothing in it is older than that.
    const generatedAt = stored.length ? new Date(Math.min(...stored.map((s) => s.generatedAt.getTime()))) : new Date()
    const metadata = feedMetadata(generatedAt)
    if (kind === 'merchants') return Response.json({ metadata, merchant: stored.map((s) => s.data) }, noStore)
    if (kind === 'services') return Response.json({ metadata, service: stored.flatMap((s) => s.data as unknown[]) }, noStore)
    return Response.json({ metadata, service_availability: [{ availability: stored.flatMap((s) => s.data as unknown[]) }] }, noStore)
  }),
}

export const integrationEndpoints: Endpoint[] = [...bookingEndpoints, feedEndpoint]
