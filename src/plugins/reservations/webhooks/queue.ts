import type { PayloadRequest } from 'payload'

import type { WebhookEventType } from '../../../domain/webhooks'
import { withRequestId } from '../../../infrastructure/ops/jobs'
import type { WebhookEndpoint } from '../../../payload-types'
import type { WebhookEvent } from './payload'
import { DELIVER_WEBHOOK_TASK } from './task'

/** The active endpoints of a restaurant that subscribed to any of these events. */
export async function subscribedEndpoints(req: PayloadRequest, restaurantId: number, types: WebhookEventType[]): Promise<Pick<WebhookEndpoint, 'id' | 'events'>[]> {
  const { docs } = await req.payload.find({
    collection: 'webhook-endpoints',
    where: { restaurant: { equals: restaurantId }, active: { equals: true }, events: { in: types } },
    select: { events: true },
    depth: 0,
    limit: 100,
    pagination: false,
    req,
    overrideAccess: true,
  })
  return docs as Pick<WebhookEndpoint, 'id' | 'events'>[]
}

/**
 * Queues one delivery job per event and subscribed endpoint, in the caller's transaction: a change
 * that rolls back sends nothing, and one that commits loses nothing (the jobs are committed with it).
 */
export async function queueWebhookEvents(req: PayloadRequest, endpoints: Pick<WebhookEndpoint, 'id' | 'events'>[], events: WebhookEvent[]): Promise<void> {
  for (const event of events) {
    for (const endpoint of endpoints) {
      if (!(endpoint.events ?? []).includes(event.type as never)) continue
      await req.payload.jobs.queue({ task: DELIVER_WEBHOOK_TASK, input: withRequestId({ endpointId: endpoint.id, event: event as never }), req })
    }
  }
}
