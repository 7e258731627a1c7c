import type { PayloadRequest, TaskConfig } from 'payload'

import type { WebhookEndpoint } from '../../../payload-types'
import { settingsOf } from '../settings'
import { attemptDelivery } from './deliver'
import type { WebhookEvent } from './payload'

export const DELIVER_WEBHOOK_TASK = 'deliverWebhook'

/**
 * Tries over about 4 hours in production (30 s, then doubling: 30 s, 1, 2, 4 … 128 min), so a
 * receiver down for a deploy or a night's maintenance window still gets every event.
 */
export const MAX_WEBHOOK_ATTEMPTS = 10

/** How long Payload's exponential backoff waits after this try fails: `delay × 2^(tries before it)`; null after the last. */
function retryInMs(req: PayloadRequest, totalTried: number): number | null {
  if (totalTried + 1 >= MAX_WEBHOOK_ATTEMPTS) return null
  return 2 ** totalTried * settingsOf(req.payload).email.retryDelayMs
}

/**
 * Delivers one event to one endpoint. Queued in the transaction of the change that caused the
 * event, so it runs only once that change committed. A failed attempt is logged and thrown:
 * Payload runs the job again with exponential backoff (the delay is the plugin's retry delay).
 */
export const deliverWebhookTask: TaskConfig<{ input: { endpointId: number; event: Record<string, unknown> }; output: { statusCode: number } }> = {
  slug: DELIVER_WEBHOOK_TASK,
  label: 'Deliver a webhook',
  inputSchema: [
    { name: 'endpointId', type: 'number', required: true },
    { name: 'event', type: 'json', required: true },
  ],
  outputSchema: [{ name: 'statusCode', type: 'number', required: true }],
  retries: { attempts: MAX_WEBHOOK_ATTEMPTS - 1, backoff: { type: 'exponential', delay: 30_000 } },
  handler: async ({ input, job, req }) => {
    const endpoint = (await req.payload.findByID({ collection: 'webhook-endpoints', id: input.endpointId, depth: 0, req, overrideAccess: true, disableErrors: true })) as WebhookEndpoint | null
    // Deleted or switched off since: the event is dropped, as the owner asked.
    if (!endpoint || !endpoint.active) return { output: { statusCode: 0 } }
    const totalTried = job.totalTried ?? 0
    const result = await attemptDelivery(req, endpoint, input.event as unknown as WebhookEvent, { number: totalTried + 1, retryInMs: retryInMs(req, totalTried) })
    if (!result.delivered) throw new Error(`Webhook ${String(input.event.id)} to endpoint ${endpoint.id}, attempt ${totalTried + 1}: ${result.error}`)
    return { output: { statusCode: result.statusCode! } }
  },
}
