import type { TaskConfig } from 'payload'

import { execute, sql } from '../../../infrastructure/db/execute'

export const PRUNE_WEBHOOK_DELIVERIES_TASK = 'pruneWebhookDeliveries'

/** How long the delivery log keeps an attempt: long enough to answer "did you send it last week?", not forever. */
export const DELIVERY_LOG_DAYS = 30

/** Every night: the delivery log forgets attempts older than DELIVERY_LOG_DAYS (one statement, whatever the count). */
export const pruneWebhookDeliveriesTask: TaskConfig<{ input: Record<string, never>; output: { deleted: number } }> = {
  slug: PRUNE_WEBHOOK_DELIVERIES_TASK,
  label: 'Forget old webhook deliveries',
  schedule: [{ cron: '17 4 * * *', queue: 'default' }],
  outputSchema: [{ name: 'deleted', type: 'number', required: true }],
  handler: async ({ req }) => {
    const deleted = await execute(req, sql`DELETE FROM webhook_deliveries WHERE created_at < now() - make_interval(days => ${DELIVERY_LOG_DAYS}) RETURNING id`)
    return { output: { deleted: deleted.length } }
  },
}
