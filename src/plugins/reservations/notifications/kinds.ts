/** Every message the platform sends; one template each (templates/), one row per send (message-log). */
export const MESSAGE_KINDS = [
  'confirmation',
  'change',
  'cancellation',
  'reminder',
  'deposit_request',
  'deposit_expired',
  'waitlist_offer',
  'staff_alert',
  'contact_copy',
  'booking_link',
  'email_change',
  'email_changed',
  'feedback_request',
  'feedback_alert',
  'daily_report',
] as const

export type MessageKind = (typeof MESSAGE_KINDS)[number]

export const MESSAGE_CHANNELS = ['email', 'sms'] as const
export type MessageChannel = (typeof MESSAGE_CHANNELS)[number]

export const MESSAGE_STATUSES = ['queued', 'sent', 'retrying', 'failed', 'skipped'] as const
export type MessageStatus = (typeof MESSAGE_STATUSES)[number]

/** Attempts before a message is given up as failed (the first try included). */
export const MAX_SEND_ATTEMPTS = 6
