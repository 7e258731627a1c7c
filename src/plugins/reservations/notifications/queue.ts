import type { PayloadRequest } from 'payload'

import type { MessageChannel, MessageKind } from './kinds'
import { withRequestId } from '../../../infrastructure/ops/jobs'
import { settingsOf } from '../settings'

export interface MessageToQueue {
  channel: MessageChannel
  kind: MessageKind
  to: string
  locale: 'fr' | 'en'
  restaurant: number
  reservation?: number
  waitlistEntry?: number
  contactMessage?: number
  details?: Record<string, unknown>
}

export const SEND_MESSAGE_TASK = 'sendMessage'

/**
 * Records a message and queues the job that sends it, both in the caller's transaction: the
 * message exists only if the booking that caused it commits, and nothing is sent before then.
 * Sending happens later, in the job, so a slow or absent mail server never slows a booking.
 */
export async function queueMessage(req: PayloadRequest, message: MessageToQueue): Promise<void> {
  // The plugin switched off sends nothing (options.enabled).
  if (!settingsOf(req.payload).enabled) return
  const row = await req.payload.create({ collection: 'message-log', data: { ...message, status: 'queued', attempts: 0 }, req, overrideAccess: true, depth: 0 })
  await req.payload.jobs.queue({ task: SEND_MESSAGE_TASK, input: withRequestId({ messageId: row.id }), req })
}
