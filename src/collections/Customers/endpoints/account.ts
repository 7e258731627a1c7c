import type { Endpoint, PayloadRequest } from 'payload'
import { z } from 'zod'

import { BookingError, endpoint, jsonBody, queryObject } from '../../../infrastructure/http/respond'
import { inTransaction } from '../../../infrastructure/db/transaction'
import { dinerProfileSchema } from '../../../domain/schemas/diner'
import { bookingsOf, exportOf, forgetDiner } from '../services/dinerData'
import { checkCurrentPassword, updateDinerProfile } from '../services/profile'
import { publicDiner } from './session'
import { dinerFromRequest, expiredDinerCookie, type SignedInDiner } from '../session'

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
    path: '/bookings',
    method: 'get',
    handler: endpoint(async (req) => {
      const diner = await signedInDiner(req)
      const { locale } = bookingsQuery.parse(queryObject(req))
      return Response.json(await bookingsOf(req, diner, locale ?? diner.locale ?? 'fr'), { headers: noStore })
    }),
  },
  {
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
