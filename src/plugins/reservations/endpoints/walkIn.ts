import type { Endpoint } from 'payload'
import { z } from 'zod'

import { worksFor } from '../../../infrastructure/access/roles'
import { partySizeSchema } from '../../../domain/schemas/booking'
import { restaurantBySlug } from '../services/restaurants'
import { wordFor } from '../translations'
import { BookingError, endpoint, jsonBody } from '../../../infrastructure/http/respond'
import { inTransaction } from '../../../infrastructure/db/transaction'
import type { ApiOperation } from '../../../infrastructure/openapi/operation'

const walkInSchema = z.object({
  table: z.number({ error: (issue) => (issue.code === 'invalid_type' ? 'not_a_number' : undefined) }).int().positive(),
  partySize: partySizeSchema,
  guestName: z.string().trim().max(120).optional(),
})

/**
 * POST /api/restaurants/:slug/walk-in {table, partySize, guestName?} — guests at the door, seated
 * now at the table the host clicked. The booking rules still apply, in staff mode: the table must
 * seat the party and be free for their stay. Opening hours do not: they are already inside.
 */
export const walkInEndpoint: Endpoint = {
  custom: {
    openapi: {
      tag: 'Staff',
      summary: 'Seat guests at the door, now',
      description: 'At the table the host chose; it must seat the party and be free for their stay.',
      auth: ['staff'],
      params: { slug: { description: "The restaurant's slug." } },
      body: walkInSchema,
      bodyExample: { table: 4, partySize: 2 },
      responses: { 201: { description: 'Seated.', schema: z.object({ id: z.number().int(), reference: z.string(), status: z.string() }), example: { id: 102, reference: 'P3W9KD', status: 'seated' } } },
      errors: { 400: ['invalid_json'], 401: ['unauthorized'], 404: ['restaurant_not_found'], 409: ['table_taken'], 422: ['no_table', 'tables_too_small', 'tables_elsewhere', 'not_a_number', 'not_whole', 'too_small', 'too_big', 'required'] },
    } satisfies ApiOperation,
  },
  path: '/:slug/walk-in',
  method: 'post',
  handler: endpoint(async (req) => {
    if (!req.user) throw new BookingError(401, 'unauthorized')
    const input = walkInSchema.parse(await jsonBody(req))
    const restaurant = await restaurantBySlug(req, req.routeParams?.slug)
    if (!worksFor(req.user, restaurant.id, 'host')) throw new BookingError(404, 'restaurant_not_found')
    const created = await inTransaction(req, () =>
      req.payload.create({
        collection: 'reservations',
        data: {
          restaurant: restaurant.id,
          startsAt: new Date().toISOString(),
          partySize: input.partySize,
          tables: [input.table],
          // Unnamed, the party is called what the host's admin calls a walk-in (their language).
          guestName: input.guestName || wordFor(req, 'reservations:source:walk_in'),
          source: 'walk_in',
          status: 'seated',
        } as never,
        req,
        overrideAccess: false,
        user: req.user,
        context: { walkIn: true },
      }),
    )
    return Response.json({ id: created.id, reference: created.reference, status: created.status }, { status: 201, headers: { 'Cache-Control': 'no-store' } })
  }),
}
