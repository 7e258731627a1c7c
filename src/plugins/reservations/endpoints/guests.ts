import type { Endpoint } from 'payload'
import { z } from 'zod'

import { refusalOfIssue } from '../../../domain/errors'
import { relationId } from '../../../infrastructure/access/roles'
import type { Guest } from '../../../payload-types'
import { possibleDuplicates } from '../services/guestDuplicates'
import { mergeGuests } from '../services/mergeGuests'
import { BookingError, endpoint, jsonBody } from '../../../infrastructure/http/respond'
import type { ApiOperation } from '../../../infrastructure/openapi/operation'

const noStore = { headers: { 'Cache-Control': 'no-store' } }

const mergeSchema = z.object({ duplicate: z.number({ error: (issue) => (issue.code === 'invalid_type' ? 'not_a_number' : undefined) }).int().positive() })

function guestIdParam(value: unknown): number {
  const id = Number(value)
  if (!Number.isInteger(id) || id <= 0) throw new BookingError(404, 'guest_not_found')
  return id
}

/**
 * POST /api/guests/:id/merge {duplicate} — the duplicate profile is folded into guest :id and
 * deleted. Managers and up of every restaurant the duplicate booked at.
 */
export const mergeGuestsEndpoint: Endpoint = {
  custom: {
    openapi: {
      tag: 'Staff',
      summary: 'Merge a duplicate guest profile into this one',
      description: 'Bookings, visits and notes move to guest `id`; the duplicate is deleted. Managers and up of every restaurant the duplicate booked at.',
      auth: ['staff'],
      params: { id: { description: 'The guest kept.', schema: z.number().int() } },
      body: mergeSchema,
      bodyExample: { duplicate: 57 },
      responses: { 200: { description: 'The guest kept, with what moved.', schema: z.looseObject({}), example: { kept: 12, merged: 57 } } },
      errors: { 400: ['invalid_json', 'not_a_number', 'required'], 401: ['unauthorized'], 403: ['merge_forbidden'], 404: ['guest_not_found'], 422: ['same_guest'] },
    } satisfies ApiOperation,
  },
  path: '/:id/merge',
  method: 'post',
  handler: endpoint(async (req) => {
    if (!req.user) throw new BookingError(401, 'unauthorized')
    const keptId = guestIdParam(req.routeParams?.id)
    const body = mergeSchema.safeParse(await jsonBody(req))
    if (!body.success) throw new BookingError(400, body.error.issues[0] ? refusalOfIssue(body.error.issues[0]).code : 'required', 'duplicate')
    return Response.json(await mergeGuests(req, keptId, body.data.duplicate), noStore)
  }),
}

/** GET /api/guests/:id/duplicates — other guests of the same restaurants with the same phone or name (staff who can see the guest). */
export const guestDuplicatesEndpoint: Endpoint = {
  custom: {
    openapi: {
      tag: 'Staff',
      summary: 'Possible duplicates of a guest',
      description: 'Other guests of the same restaurants with the same phone or a close name.',
      auth: ['staff'],
      params: { id: { description: 'The guest.', schema: z.number().int() } },
      responses: { 200: { description: 'The candidates.', schema: z.object({ duplicates: z.array(z.looseObject({ id: z.number() })) }), example: { duplicates: [{ id: 57, name: 'Claire Fontaine' }] } } },
      errors: { 401: ['unauthorized'], 404: ['guest_not_found'] },
    } satisfies ApiOperation,
  },
  path: '/:id/duplicates',
  method: 'get',
  handler: endpoint(async (req) => {
    if (!req.user) throw new BookingError(401, 'unauthorized')
    const id = guestIdParam(req.routeParams?.id)
    const guest = (await req.payload.findByID({ collection: 'guests', id, depth: 0, req, overrideAccess: false, user: req.user }).catch(() => null)) as Guest | null
    if (!guest) throw new BookingError(404, 'guest_not_found')
    const restaurants = (guest.restaurants ?? []).map((r) => Number(relationId(r)))
    return Response.json({ duplicates: await possibleDuplicates(req, id, restaurants) }, noStore)
  }),
}
