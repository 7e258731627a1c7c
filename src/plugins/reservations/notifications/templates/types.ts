import type { Language } from '../../../../domain/locale'
import type { MessageKind } from '../kinds'
import type { DailyReport } from '../../services/dailyReport'

export type Locale = Language

export interface RestaurantView {
  name: string
  address?: string
  phone?: string
  email?: string
  timeZone: string
  /** The owner's own paragraph for guest emails, in the guest's language. */
  note?: string
  siteUrl: string
  /** The restaurant's booking page on the site (its own URL in a group); else the site's /{locale}/book. */
  bookUrl?: string
}

export interface BookingView {
  reference: string
  startsAt: string
  endsAt: string
  partySize: number
  guestName: string
  guestEmail?: string
  guestPhone?: string
  manageUrl: string
  calendarUrl: string
  specialRequests?: string
  occasion?: string
  source?: string
  /** amountMinor: minor units (cents) */
  deposit?: { amountMinor: number; currency: string; holdExpiresAt?: string }
}

export interface OfferView {
  guestName: string
  date: string
  windowStart: string
  windowEnd: string
  partySize: number
  url: string
  expiresAt: string
}

export interface ContactView {
  name: string
  email: string
  phone?: string
  subject?: string
  message: string
}

type Base = { locale: Locale; restaurant: RestaurantView }

/** Everything a template needs, already loaded: templates do no I/O and are unit-tested as is. */
export type MessageView =
  | (Base & { kind: 'confirmation' | 'reminder' | 'deposit_request' | 'deposit_expired'; booking: BookingView })
  | (Base & { kind: 'change'; booking: BookingView; previous: { startsAt: string; partySize: number } })
  | (Base & { kind: 'cancellation'; booking: BookingView; refund?: { amountMinor: number; currency: string } })
  | (Base & { kind: 'waitlist_offer'; offer: OfferView })
  | (Base & { kind: 'staff_alert'; booking: BookingView; event: 'new' | 'changed' | 'cancelled'; largeParty: boolean })
  | (Base & { kind: 'contact_copy'; contact: ContactView })
  | (Base & { kind: 'booking_link'; booking: BookingView })
  /** To the new address: the link that makes the change, and until when it works. */
  | (Base & { kind: 'email_change'; booking: BookingView; confirmUrl: string; expiresAt: string })
  /** To the old address: where the booking's emails go now (masked). */
  | (Base & { kind: 'email_changed'; booking: BookingView; newEmail: string })
  /** To the guest, the morning after: the feedback page and the link that stops these emails. */
  | (Base & { kind: 'feedback_request'; booking: BookingView; feedbackUrl: string; optOutUrl: string })
  /** To a manager or owner: a guest gave a low score. */
  | (Base & { kind: 'feedback_alert'; booking: BookingView; feedback: { score: number; comment?: string; visitDate: string; service?: string }; adminUrl: string })
  /** To an owner or manager, each morning. */
  | (Base & { kind: 'daily_report'; report: DailyReport; adminUrl: string })

export interface RenderedMessage {
  subject: string
  text: string
  html: string
  /** A short text for SMS, where the kind has one. */
  sms?: string
}

export type ViewOf<K extends MessageKind> = Extract<MessageView, { kind: K }>
