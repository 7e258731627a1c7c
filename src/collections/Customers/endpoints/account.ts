import type { Endpoint, PayloadRequest } from 'payload'
import { z } from 'zod'

import { BookingError, endpoint, jsonBody, queryObject } from '../../../infrastructure/http/respond'
import { inTransaction } from '../../../infrastructure/db/transaction'
import { dinerProfileSchema } from '../../../domain/schemas/diner'
import { bookingsOf, exportOf, forgetDiner } from '../services/dinerData'
import { checkCurrentPassword, updateDinerProfile } from '../services/profile'
import { publicDiner } from './session'
import { dinerFromRequest, expiredDinerCookie, type SignedInDiner } from '../session'
import { saying, type ApiOperation } from '../../../infrastructure/openapi/operation'

const noStore = { 'Cache-Control': 'no-store' }

/** Diner endpoints answer only to the diner cookie: a staff token is no diner (401). */
async function signedInDiner(req: PayloadRequest): Promise<SignedInDiner> {
  const diner = await dinerFromRequest(req)
  if (!diner) throw new BookingError(401, 'unauthorized')
  return diner
}

const bookingsQuery = z.object({ locale: z.enum(['fr', 'en']).optional() })
const deletion = z.object({ confirm: z.literal(true, { error: 'required' }) })

export const accountEndpoints: Endpoint[] = [
  {
    custom: {
      openapi: {
      tag: 'Diner accounts',
      summary: "The diner's bookings, upcoming and past",
      auth: ['diner'],
      query: bookingsQuery,
      responses: { 200: { description: 'Their bookings, each with its private link.', schema: z.looseObject({}), example: { upcoming: [], past: [] } } },
      errors: { 401: ['unauthorized'], 422: ['not_an_option'] },
      } satisfies ApiOperation,
    },
    path: '/bookings',
    method: 'get',
    handler: endpoint(async (req) => {
      const diner = await signedInDiner(req)
      const { locale } = bookingsQuery.parse(queryObject(req))
      return Response.json(await bookingsOf(req, diner, locale ?? diner.locale ?? 'fr'), { headers: noStore })
    }),
  },
  {
    custom: {
      openapi: {
      tag: 'Diner accounts',
      summary: "Everything kept about the diner, as a JSON file",
      auth: ['diner'],
      responses: { 200: { description: 'A JSON download (`my-techplus-data.json`).', schema: z.looseObject({}), example: { account: { email: 'emma@example.co.uk' }, reservations: [] } } },
      errors: { 401: ['unauthorized'] },
      } satisfies ApiOperation,
    },
    path: '/export',
    method: 'get',
    handler: endpoint(async (req) => {
      const diner = await signedInDiner(req)
      const body = JSON.stringify(await exportOf(req, diner), null, 2)
      return new Response(body, {
        headers: { ...noStore, 'Content-Type': 'application/json; charset=utf-8', 'Content-Disposition': 'attachment; filename="my-techplus-data.json"' },
      })
    }),
  },
  {
    // Name, phone, language; a new password with the current one. Answers the profile as saved.
    custom: {
      openapi: {
      tag: 'Diner accounts',
      summary: 'Change name, phone, language or password',
      description: 'A new password needs the current one.',
      auth: ['diner'],
      body: dinerProfileSchema,
      bodyExample: { name: 'Emma Thompson', phone: '+44 7700 900123', locale: 'en' },
      responses: { 200: { description: 'The profile as saved.', schema: z.object({ user: z.looseObject({ id: z.number() }) }), example: { user: { id: 7, email: 'emma@example.co.uk', name: 'Emma Thompson', locale: 'en', phone: '+447700900123' } } } },
      errors: { 400: ['invalid_json'], 401: ['unauthorized'], 422: ['wrong_password', 'current_password_required', 'password_too_short', 'name_required', 'invalid_phone', 'not_an_option'] },
      } satisfies ApiOperation,
    },
    path: '/profile',
    method: 'patch',
    handler: endpoint(async (req) => {
      const diner = await signedInDiner(req)
      const profile = dinerProfileSchema.parse(await jsonBody(req))
      if (profile.newPassword) await checkCurrentPassword(req, diner, profile.currentPassword!)
      const updated = await inTransaction(req, () => updateDinerProfile(req, diner, profile))
      return Response.json({ user: publicDiner(updated) }, { headers: noStore })
    }),
  },
  {
    custom: {
      openapi: {
      tag: 'Diner accounts',
      summary: 'Delete the account',
      description: 'Past bookings are anonymised; the session ends.',
      auth: ['diner'],
      body: deletion,
      bodyExample: { confirm: true },
      responses: { 200: { description: 'Deleted.', schema: z.object({ message: z.string(), anonymisedReservations: z.number().int() }), example: { ...saying('Your account is deleted.'), anonymisedReservations: 3 } } },
      errors: { 400: ['invalid_json'], 401: ['unauthorized'], 422: ['required'] },
      } satisfies ApiOperation,
    },
    path: '/account',
    method: 'delete',
    handler: endpoint(async (req) => {
      const diner = await signedInDiner(req)
      deletion.parse(await jsonBody(req))
      const { reservations } = await inTransaction(req, () => forgetDiner(req, diner))
      return Response.json({ message: 'Your account is deleted.', anonymisedReservations: reservations }, { headers: { ...noStore, 'Set-Cookie': expiredDinerCookie() } })
    }),
  },
]
