import type { Endpoint, PayloadRequest } from 'payload'
import { z } from 'zod'

import { worksFor } from '../../../infrastructure/access/roles'
import { BookingError, endpoint } from '../../../infrastructure/http/respond'
import type { ApiOperation } from '../../../infrastructure/openapi/operation'
import type { WebhookEndpoint } from '../../../payload-types'
import { attemptDelivery } from '../webhooks/deliver'
import { webhookEvent } from '../webhooks/payload'
import { newWebhookSecret } from '../webhooks/secret'

/** The endpoint named in the path, for one of its restaurant's owners (managers read it but change nothing). */
async function ownersEndpoint(req: PayloadRequest): Promise<WebhookEndpoint> {
  if (!req.user) throw new BookingError(401, 'unauthorized')
  const id = Number(req.routeParams?.id)
  if (!Number.isInteger(id) || id <= 0) throw new BookingError(404, 'not_found')
  const found = (await req.payload.findByID({ collection: 'webhook-endpoints', id, depth: 0, req, overrideAccess: true, disableErrors: true })) as WebhookEndpoint | null
  // Someone else's endpoint is as unknown as a missing one: its existence is not ours to tell.
  if (!found || !worksFor(req.user, found.restaurant, 'manager')) throw new BookingError(404, 'not_found')
  if (!worksFor(req.user, found.restaurant, 'owner')) throw new BookingError(403, 'forbidden')
  return found
}

const PING_TEXT = 'A test event from TechPlus: your endpoint receives and verifies our webhooks.'

/** Both act on one of the restaurant's webhook endpoints, for its owners. */
const ownersOperation = (operation: Pick<ApiOperation, 'summary' | 'description' | 'responses'>): { openapi: ApiOperation } => ({
  openapi: {
    ...operation,
    tag: 'Webhooks',
    auth: ['staff'],
    params: { id: { description: 'The webhook endpoint\'s id (collection `webhook-endpoints`).' } },
    errors: { 401: ['unauthorized'], 403: ['forbidden'], 404: ['not_found'] },
  },
})

/**
 * POST /api/webhook-endpoints/:id/test — the admin's "Send test event": a signed `ping` event sent
 * now through the same signing, sending and logging as real events (one attempt, no retry), even
 * to an inactive endpoint. Answers 200 with what the receiver did, delivered or not.
 */
export const sendTestEventEndpoint: Endpoint = {
  custom: ownersOperation({
    summary: 'Send a signed test event (`ping`) now',
    description: 'One attempt, no retry, even to an inactive endpoint; logged in `webhook-deliveries` like any delivery. Answers 200 whatever the receiver did: `delivered` says whether it answered 2xx. Owners of the endpoint\'s restaurant.',
    responses: {
      200: {
        description: 'What the receiver answered, and how fast.',
        schema: z.object({ eventId: z.string(), delivered: z.boolean(), statusCode: z.number().int().nullable(), durationMs: z.number().int(), error: z.string().nullable() }),
        example: { eventId: 'evt_5f0c2b…', delivered: true, statusCode: 200, durationMs: 84, error: null },
      },
    },
  }),
  path: '/:id/test',
  method: 'post',
  handler: endpoint(async (req) => {
    const target = await ownersEndpoint(req)
    const event = webhookEvent('ping', { message: PING_TEXT })
    const result = await attemptDelivery(req, target, event, { number: 1, retryInMs: null })
    return Response.json({ eventId: event.id, ...result }, { headers: { 'Cache-Control': 'no-store' } })
  }),
}

/**
 * POST /api/webhook-endpoints/:id/rotate-secret — a new signing secret, answered once to the owner
 * who asked. The old one stops at once: every later attempt, retries included, is signed with the new.
 */
export const rotateSecretEndpoint: Endpoint = {
  custom: ownersOperation({
    summary: 'Make a new signing secret',
    description: 'Answered once: the old secret stops at once, and every later attempt (retries included) is signed with the new one. Owners of the endpoint\'s restaurant.',
    responses: { 200: { description: 'The new secret: store it now.', schema: z.object({ secret: z.string() }), example: { secret: 'whsec_9c1f…' } } },
  }),
  path: '/:id/rotate-secret',
  method: 'post',
  handler: endpoint(async (req) => {
    const target = await ownersEndpoint(req)
    const secret = newWebhookSecret()
    await req.payload.update({ collection: 'webhook-endpoints', id: target.id, data: { secret }, depth: 0, req, overrideAccess: true })
    return Response.json({ secret }, { headers: { 'Cache-Control': 'no-store' } })
  }),
}
