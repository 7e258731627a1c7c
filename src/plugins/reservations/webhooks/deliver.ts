import type { PayloadRequest } from 'payload'

import { EVENT_ID_HEADER, EVENT_TYPE_HEADER, SIGNATURE_HEADER, signatureHeader, webhookUrlProblem } from '../../../domain/webhooks'
import { relationId } from '../../../infrastructure/access/roles'
import type { WebhookEndpoint } from '../../../payload-types'
import { settingsOf } from '../settings'
import type { WebhookEvent } from './payload'
import { postJson } from './post'

export const WEBHOOK_DELIVERIES = 'webhook-deliveries'

export interface Attempt {
  /** 1 for the first try of this event at this endpoint. */
  number: number
  /** How long after a failure of this attempt the job tries again; null on the last one (and for test events). */
  retryInMs: number | null
}

export interface DeliveryResult {
  delivered: boolean
  statusCode: number | null
  durationMs: number
  error: string | null
}

const eventTypeOption = (type: string) => type.replace('.', '_')

/**
 * One attempt: signs the event with the endpoint's current secret and a fresh timestamp, POSTs it,
 * and writes the attempt to the delivery log. A 2xx is delivered; anything else (3xx included,
 * redirects are not followed), a timeout or a refused connection is a failure the caller retries.
 * The body is the same bytes on every attempt: only the timestamp and signature change.
 */
export async function attemptDelivery(req: PayloadRequest, endpoint: WebhookEndpoint, event: WebhookEvent, attempt: Attempt): Promise<DeliveryResult> {
  const { allowPrivateUrls, timeoutMs } = settingsOf(req.payload).webhooks
  const body = JSON.stringify(event)
  const timestamp = Math.floor(Date.now() / 1000)
  // The rule again at send time: the setting may have changed since the address was saved.
  const problem = webhookUrlProblem(endpoint.url, { allowPrivate: allowPrivateUrls })
  const sent = problem
    ? { statusCode: null, durationMs: 0, body: '', error: `Address refused (${problem})` }
    : await postJson(
        endpoint.url,
        body,
        { [SIGNATURE_HEADER]: signatureHeader(endpoint.secret ?? '', timestamp, body), [EVENT_ID_HEADER]: event.id, [EVENT_TYPE_HEADER]: event.type },
        { timeoutMs, allowPrivate: allowPrivateUrls },
      )
  const delivered = sent.error === null && sent.statusCode !== null && sent.statusCode >= 200 && sent.statusCode < 300
  const error = delivered ? null : (sent.error ?? `The receiver answered ${sent.statusCode}${sent.body ? `: ${sent.body}` : ''}`)
  await req.payload.create({
    collection: WEBHOOK_DELIVERIES,
    data: {
      endpoint: endpoint.id,
      restaurant: relationId(endpoint.restaurant) as number,
      eventId: event.id,
      eventType: eventTypeOption(event.type) as never,
      attempt: attempt.number,
      statusCode: sent.statusCode,
      durationMs: sent.durationMs,
      outcome: delivered ? 'delivered' : attempt.retryInMs !== null ? 'retrying' : 'failed',
      error: error?.slice(0, 1000) ?? null,
      // Payload counts the wait from when the attempt failed, that is now.
      nextRetryAt: delivered || attempt.retryInMs === null ? null : new Date(Date.now() + attempt.retryInMs).toISOString(),
    },
    req,
    overrideAccess: true,
    depth: 0,
  })
  return { delivered, statusCode: sent.statusCode, durationMs: sent.durationMs, error }
}
