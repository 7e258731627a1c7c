import type { PayloadRequest } from 'payload'

import { execute, sql } from '../../../infrastructure/db/execute'
import type { RestaurantFeed } from './generate'

type Id = number | string

/**
 * The feed as the job last computed it, one row per restaurant (table `availability_feeds`, made
 * by the migration: raw JSONB, no Payload collection — nobody edits it, and it is served only
 * through the feed endpoints). Replaced whole on each run.
 */
export async function storeFeed(req: PayloadRequest, restaurantId: Id, feed: RestaurantFeed, generatedAt: Date): Promise<void> {
  await execute(
    req,
    sql`INSERT INTO availability_feeds (restaurant_id, generated_at, merchant, services, availability)
        VALUES (${Number(restaurantId)}, ${generatedAt.toISOString()}::timestamptz, ${JSON.stringify(feed.merchant)}::jsonb,
                ${JSON.stringify(feed.services)}::jsonb, ${JSON.stringify(feed.availability)}::jsonb)
        ON CONFLICT (restaurant_id) DO UPDATE SET generated_at = EXCLUDED.generated_at, merchant = EXCLUDED.merchant,
          services = EXCLUDED.services, availability = EXCLUDED.availability`,
  )
}

export type FeedPart = 'merchant' | 'services' | 'availability'

/** One part of the stored feeds of these restaurants, with when each was computed. */
export async function storedFeeds(req: PayloadRequest, restaurantIds: Id[], part: FeedPart): Promise<Array<{ generatedAt: Date; data: unknown }>> {
  const ids = restaurantIds.map(Number).filter(Number.isInteger)
  if (ids.length === 0) return []
  const column = sql.raw(part)
  const rows = await execute(
    req,
    sql`SELECT generated_at, ${column} AS data FROM availability_feeds
        WHERE restaurant_id IN (${sql.join(ids.map((id) => sql`${id}`), sql`, `)}) ORDER BY restaurant_id`,
  )
  return rows.map((row) => ({ generatedAt: new Date(row.generated_at as string), data: typeof row.data === 'string' ? JSON.parse(row.data) : row.data }))
}
