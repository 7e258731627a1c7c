import type { PayloadRequest, TaskConfig } from 'payload'

import { smsRecipient } from '../../../../domain/phone'
import type { MessageLog } from '../../../../payload-types'
import { reservationCalendar } from '../calendar'
import { MAX_SEND_ATTEMPTS } from '../kinds'
import { SEND_MESSAGE_TASK } from '../queue'
import { settingsOf } from '../../settings'
import { smsOf } from '../sms'
import { renderMessage } from '../templates'
import { guestLinks, loadMessageView } from '../view'
import { guestOptedOut } from '../../services/feedback'
import { metrics } from '../../../../infrastructure/ops/metrics'

/** Kinds whose email carries the booking as an .ics file. */
const WITH_CALENDAR = new Set(['confirmation', 'change'])

/** Messages that only make sense while the booking still stands (a reminder for a cancelled table would mislead). */
const WHILE_BOOKED = new Set(['confirmation', 'reminder', 'deposit_request'])

/** The plugin's own sender when it was given one (options.email.from), else the email adapter's default. */
function sender(req: PayloadRequest): { from?: string } {
  const from = settingsOf(req.payload).email.from
  return from ? { from } : {}
}

async function record(req: PayloadRequest, id: number, data: Partial<MessageLog>) {
  await req.payload.update({ collection: 'message-log', id, data, req, overrideAccess: true, depth: 0 })
}

async function deliver(req: PayloadRequest, message: MessageLog): Promise<{ status: 'sent' | 'skipped'; subject?: string; providerId?: string; reason?: string }> {
  const loaded = await loadMessageView(req, message)
  if (!loaded) return { status: 'skipped', reason: 'What this message was about no longer exists' }
  if (WHILE_BOOKED.has(message.kind) && loaded.reservation && !['confirmed', 'pending_payment'].includes(loaded.reservation.status)) {
    return { status: 'skipped', reason: `The booking is ${loaded.reservation.status} now` }
  }
  if (message.kind === 'feedback_request' && loaded.reservation && (await guestOptedOut(req, loaded.reservation))) {
    return { status: 'skipped', reason: 'The guest opted out of feedback emails' }
  }
  const rendered = renderMessage(loaded.view)

  if (message.channel === 'sms') {
    const sms = smsOf(req.payload)
    if (!sms) return { status: 'skipped', subject: rendered.subject, reason: 'SMS is not configured' }
    if (!rendered.sms) return { status: 'skipped', subject: rendered.subject, reason: 'This kind of message has no SMS version' }
    // The rule the booking form applies to SMS consent: a landline or a malformed number is not texted.
    const recipient = smsRecipient(message.to)
    if (!recipient.ok) {
      const reason = recipient.reason === 'not_a_mobile_number' ? 'Not sent: the number is not a mobile number' : 'Not sent: not a valid phone number'
      req.payload.logger.warn({ msg: `SMS ${message.id} skipped: ${recipient.reason}`, messageId: message.id, reason: recipient.reason })
      return { status: 'skipped', subject: rendered.subject, reason }
    }
    const { id } = await sms.send({ to: recipient.e164, body: rendered.sms })
    return { status: 'sent', subject: rendered.subject, providerId: id }
  }

  const { reservation, restaurant } = loaded
  const locale = message.locale === 'en' ? 'en' : 'fr'
  const links = reservation ? guestLinks(reservation, locale) : null
  const attachments =
    reservation && links && WITH_CALENDAR.has(message.kind)
      ? [{ filename: `reservation-${reservation.reference}.ics`, content: reservationCalendar(reservation, restaurant, locale, links.manageUrl), contentType: 'text/calendar; charset=utf-8; method=PUBLISH' }]
      : undefined
  const info = (await req.payload.sendEmail({ ...sender(req), to: message.to, subject: rendered.subject, html: rendered.html, text: rendered.text, attachments })) as { messageId?: string } | undefined
  return { status: 'sent', subject: rendered.subject, providerId: info?.messageId }
}

/**
 * Sends one logged message. Runs outside any booking transaction; a failure is written to the log
 * and rethrown so Payload retries with exponential backoff, up to MAX_SEND_ATTEMPTS in all.
 */
export const sendMessageTask: TaskConfig<{ input: { messageId: number }; output: { status: string } }> = {
  slug: SEND_MESSAGE_TASK,
  label: 'Send an email or SMS',
  inputSchema: [{ name: 'messageId', type: 'number', required: true }],
  outputSchema: [{ name: 'status', type: 'text', required: true }],
  retries: { attempts: MAX_SEND_ATTEMPTS - 1, backoff: { type: 'exponential', delay: 30_000 } },
  handler: async ({ input, req }) => {
    const message = (await req.payload.findByID({ collection: 'message-log', id: input.messageId, depth: 0, req, overrideAccess: true, disableErrors: true })) as MessageLog | null
    // Sent already (a job re-run after a crash between send and bookkeeping must not send twice).
    if (!message || message.status === 'sent' || message.status === 'skipped') return { output: { status: message?.status ?? 'missing' } }
    const attempts = (message.attempts ?? 0) + 1
    try {
      const result = await deliver(req, message)
      metrics().messages.inc({ channel: message.channel, outcome: result.status })
      await record(req, message.id, {
        status: result.status,
        attempts,
        subject: result.subject ?? message.subject,
        providerId: result.providerId,
        sentAt: result.status === 'sent' ? new Date().toISOString() : undefined,
        lastError: result.reason ?? null,
      })
      return { output: { status: result.status } }
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      metrics().messages.inc({ channel: message.channel, outcome: 'failed' })
      await record(req, message.id, { status: attempts >= MAX_SEND_ATTEMPTS ? 'failed' : 'retrying', attempts, lastError: reason.slice(0, 2000) })
      throw error
    }
  },
}
