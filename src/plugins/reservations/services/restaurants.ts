import type { PayloadRequest } from 'payload'

import type { Restaurant } from '../../../payload-types'
import { BookingError } from '../utilities/respond'

export async function restaurantBySlug(req: PayloadRequest, slug: unknown): Promise<Restaurant> {
  if (typeof slug !== 'string' || !/^[a-z0-9-]{1,96}$/.test(slug)) throw new BookingError(404, 'No restaurant has this address', 'restaurant_not_found')
  const { docs } = await req.payload.find({ collection: 'restaurants', where: { slug: { equals: slug } }, limit: 1, depth: 0, req, pagination: false })
  if (!docs[0]) throw new BookingError(404, `No restaurant "${slug}"`, 'restaurant_not_found')
  return docs[0]
}
