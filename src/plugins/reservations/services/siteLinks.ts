import type { PayloadRequest } from 'payload'

import { restaurantPath, type RestaurantPage } from '../../../domain/site/paths'
import { serverUrl } from '../../../infrastructure/config/serverUrl'

/**
 * A restaurant's page on the public site, for emails: `/fr/book` when the site has one restaurant,
 * `/fr/{restaurant}/book` in a group (the site's rules, src/domain/site/paths.ts), so a waitlist
 * offer from La Cantine du Port opens La Cantine's wizard.
 */
export async function restaurantPageUrl(req: PayloadRequest, restaurant: string, locale: string, page: RestaurantPage, query?: string): Promise<string> {
  const { totalDocs } = await req.payload.count({ collection: 'restaurants', req, overrideAccess: true })
  return `${serverUrl()}${restaurantPath({ group: totalDocs >= 2, siteRestaurant: null }, locale, restaurant, page, query)}`
}
