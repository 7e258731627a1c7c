import type { Endpoint } from 'payload'

import { bookingChangeSchema } from '../../../domain/schemas/booking'
import { cancelBooking, changeBooking, guestView, reservationByToken } from '../services/booking'
import { endpoint, jsonBody } from '../utilities/respond'

const path = '/manage/:token'
const noStore = { headers: { 'Cache-Control': 'no-store' } }

/** GET | PUT | PATCH | DELETE /api/reservations/manage/:token — the guest's own booking, by its secret link. */
export const manageEndpoints: Endpoint[] = [
  {
    path,
    method: 'get',
    handler: endpoint(async (req) => {
      const { reservation, restaurant } = await reservationByToken(req, req.routeParams?.token)
      return Response.json(guestView(reservation, restaurant), noStore)
    }),
  },
  ...(['put', 'patch'] as const).map(
    (method): Endpoint => ({
      path,
      method,
      handler: endpoint(async (req) => {
        const change = bookingChangeSchema.parse(await jsonBody(req))
        return Response.json(await changeBooking(req, req.routeParams?.token, change), noStore)
      }),
    }),
  ),
  {
    path,
    method: 'delete',
    handler: endpoint(async (req) => Response.json(await cancelBooking(req, req.routeParams?.token), noStore)),
  },
]
