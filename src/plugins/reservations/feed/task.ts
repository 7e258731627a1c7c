import type { TaskConfig, Where } from 'payload'

import type { Restaurant } from '../../../payload-types'
import { restaurantFeed } from './generate'
import { storeFeed } from './store'

export const AVAILABILITY_FEED_TASK = 'generateAvailabilityFeed'

/**
 * Every 15 minutes: each restaurant's aggregator feed, recomputed by the booking engine and stored
 * for the feed endpoints. Aggregators poll it; a slot taken since the last run is refused at booking
 * time by the same engine, so a stale feed can never double-book, only offer a taken slot.
 * `input.restaurant` limits a run to one restaurant (a manual refresh).
 */
export const availabilityFeedTask: TaskConfig<{ input: { restaurant?: number }; output: { restaurants: number; slots: number } }> = {
  slug: AVAILABILITY_FEED_TASK,
  label: 'Generate the availability feed',
  schedule: [{ cron: '*/15 * * * *', queue: 'default' }],
  inputSchema: [{ name: 'restaurant', type: 'number' }],
  outputSchema: [
    { name: 'restaurants', type: 'number', required: true },
    { name: 'slots', type: 'number', required: true },
  ],
  handler: async ({ input, req }) => {
    const where: Where = input?.restaurant ? { id: { equals: input.restaurant } } : {}
    const { docs } = await req.payload.find({ collection: 'restaurants', where, depth: 0, pagination: false, limit: 0, req, overrideAccess: true })
    let slots = 0
    for (const restaurant of docs as Restaurant[]) {
      if (!restaurant.slug) continue
      const generatedAt = new Date()
      const feed = await restaurantFeed(req, restaurant, generatedAt)
      await storeFeed(req, restaurant.id, feed, generatedAt)
      slots += feed.availability.length
    }
    return { output: { restaurants: docs.length, slots } }
  },
}
