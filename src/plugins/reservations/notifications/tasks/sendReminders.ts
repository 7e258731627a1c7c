import type { TaskConfig } from 'payload'

import { relationId } from '../../../../infrastructure/access/roles'
import type { Reservation } from '../../../../payload-types'
import { execute, sql } from '../../../../infrastructure/db/execute'
import { inTransaction } from '../../../../infrastructure/db/transaction'
import { queueMessage } from '../queue'
import { smsNumber } from '../triggers/reservation'

export const SEND_REMINDERS_TASK = 'sendReminders'

/**
 * Every few minutes: confirmed bookings entering their restaurant's reminder window get one
 * reminder. Claiming them is a single UPDATE … WHERE reminder_sent_at IS NULL, so two workers
 * (or a re-run) can never remind the same guest twice. Bookings made inside the window were
 * confirmed moments ago and are not reminded.
 */
export const sendRemindersTask: TaskConfig<{ input: Record<string, never>; output: { queued: number } }> = {
  slug: SEND_REMINDERS_TASK,
  label: 'Queue booking reminders',
  schedule: [{ cron: '*/5 * * * *', queue: 'default' }],
  outputSchema: [{ name: 'queued', type: 'number', required: true }],
  handler: async ({ req }) => {
    const queued = await inTransaction(req, async () => {
      const claimed = await execute(
        req,
        sql`UPDATE reservations AS r SET reminder_sent_at = now()
            FROM restaurants AS t
            WHERE r.restaurant_id = t.id
              AND r.status = 'confirmed'
              AND r.reminder_sent_at IS NULL
              AND r.starts_at > now()
              AND r.starts_at <= now() + make_interval(hours => t.booking_rules_reminder_lead_hours::int)
              AND r.created_at <= r.starts_at - make_interval(hours => t.booking_rules_reminder_lead_hours::int)
            RETURNING r.id`,
      )
      for (const { id } of claimed) {
        const doc = (await req.payload.findByID({ collection: 'reservations', id: Number(id), depth: 0, req })) as Reservation
        const locale: 'fr' | 'en' = doc.guestLocale === 'en' ? 'en' : 'fr'
        const about = { restaurant: Number(relationId(doc.restaurant)), reservation: doc.id, kind: 'reminder' as const, locale }
        if (doc.guestEmail) await queueMessage(req, { ...about, channel: 'email', to: doc.guestEmail })
        const phone = smsNumber(req, doc)
        if (phone) await queueMessage(req, { ...about, channel: 'sms', to: phone })
      }
      return claimed.length
    })
    return { output: { queued } }
  },
}
