import type { TaskConfig } from 'payload'

import { aggregateFunnel } from '../services/funnel'

export const AGGREGATE_FUNNEL_TASK = 'aggregateFunnel'

/**
 * How often the wizard's counts reach the managers' funnel: every ten minutes unless
 * FUNNEL_AGGREGATION_CRON says otherwise (the end-to-end tests run it every few seconds).
 * Payload's cron takes an optional seconds field first.
 */
export const FUNNEL_AGGREGATION_CRON = process.env.FUNNEL_AGGREGATION_CRON || '*/10 * * * *'

/** Rolls the counts the wizard sent since the last run into the daily funnel (services/funnel.ts). */
export const aggregateFunnelTask: TaskConfig<{ input: Record<string, never>; output: { events: number } }> = {
  slug: AGGREGATE_FUNNEL_TASK,
  label: 'Aggregate the booking funnel',
  schedule: [{ cron: FUNNEL_AGGREGATION_CRON, queue: 'default' }],
  outputSchema: [{ name: 'events', type: 'number', required: true }],
  handler: async ({ req }) => ({ output: await aggregateFunnel(req) }),
}
