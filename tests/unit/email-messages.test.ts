import { describe, expect, it } from 'vitest'

import { dinerEmail, type DinerEmailKind } from '../../src/collections/Customers/emails'
import { LANGUAGES, type Language } from '../../src/domain/locale'
import type { RenderedEmail } from '../../src/infrastructure/email'
import type { Reservation, Restaurant } from '../../src/payload-types'
import { reservationCalendar } from '../../src/plugins/reservations/notifications/calendar'
import { MESSAGE_KINDS, type MessageKind } from '../../src/plugins/reservations/notifications/kinds'
import { renderMessage, type MessageView } from '../../src/plugins/reservations/notifications/templates'
import { en } from '../../src/plugins/reservations/translations/email/en'
import { fr } from '../../src/plugins/reservations/translations/email/fr'

const restaurant = { name: 'Le Petit Zinc', address: '12 rue de la Roquette, 75011 Paris', phone: '+33 1 43 55 00 00', email: 'bonjour@zinc.example', timeZone: 'Europe/Paris', siteUrl: 'https://zinc.example', note: 'Code porte : 4521' }
const booking = {
  reference: 'K7Q-4MZ',
  startsAt: '2026-07-14T17:30:00.000Z',
  endsAt: '2026-07-14T19:00:00.000Z',
  partySize: 1,
  guestName: 'Camille Dupré',
  guestEmail: 'camille@example.fr',
  guestPhone: '06 12 34 56 78',
  occasion: 'birthday',
  specialRequests: 'Chaise haute',
  source: 'online',
  manageUrl: 'https://zinc.example/fr/reservation/tok',
  calendarUrl: 'https://zinc.example/api/reservations/manage/tok/calendar',
  deposit: { amountMinor: 6000, currency: 'EUR', holdExpiresAt: '2026-07-13T17:30:00.000Z' },
}

/** One view per kind: a new kind fails to compile here until it has one. */
const views: Record<MessageKind, (locale: Language) => MessageView> = {
  confirmation: (locale) => ({ kind: 'confirmation', locale, restaurant, booking }),
  reminder: (locale) => ({ kind: 'reminder', locale, restaurant, booking }),
  deposit_request: (locale) => ({ kind: 'deposit_request', locale, restaurant, booking }),
  deposit_expired: (locale) => ({ kind: 'deposit_expired', locale, restaurant, booking }),
  change: (locale) => ({ kind: 'change', locale, restaurant, booking, previous: { startsAt: '2026-07-14T10:00:00.000Z', partySize: 0 } }),
  cancellation: (locale) => ({ kind: 'cancellation', locale, restaurant, booking, refund: { amountMinor: 4500, currency: 'EUR' } }),
  waitlist_offer: (locale) => ({
    kind: 'waitlist_offer',
    locale,
    restaurant,
    offer: { guestName: 'Camille Dupré', date: '2026-07-14', windowStart: '19:00', windowEnd: '21:00', partySize: 2, url: 'https://zinc.example/fr/book?offer=abc', expiresAt: '2026-07-13T18:00:00.000Z' },
  }),
  staff_alert: (locale) => ({ kind: 'staff_alert', locale, restaurant, booking, event: 'changed', largeParty: true }),
  booking_link: (locale) => ({ kind: 'booking_link', locale, restaurant, booking }),
  email_change: (locale) => ({ kind: 'email_change', locale, restaurant, booking, confirmUrl: 'https://zinc.example/fr/reservation/tok?confirm-email=abc.def', expiresAt: '2026-07-10T12:00:00.000Z' }),
  email_changed: (locale) => ({ kind: 'email_changed', locale, restaurant, booking, newEmail: 'c•••e@example.org' }),
  feedback_request: (locale) => ({ kind: 'feedback_request', locale, restaurant, booking, feedbackUrl: 'https://zinc.example/fr/feedback/tok', optOutUrl: 'https://zinc.example/fr/feedback/tok/opt-out' }),
  feedback_alert: (locale) => ({
    kind: 'feedback_alert',
    locale,
    restaurant,
    booking,
    feedback: { score: 1, comment: 'Froid et long', visitDate: '2026-07-14', service: 'Dîner' },
    adminUrl: 'https://zinc.example/admin/collections/feedback/3',
  }),
  daily_report: (locale) => ({
    kind: 'daily_report',
    locale,
    restaurant,
    adminUrl: 'https://zinc.example/admin/analytics',
    report: {
      date: '2026-07-15',
      yesterday: { bookings: 14, covers: 38, noShows: 1, noShowCovers: 2, cancellations: 2 },
      feedback: { count: 3, average: 4.3, lowScores: 1 },
      today: { bookings: 9, covers: 31, largeParties: [{ startsAt: '2026-07-15T18:00:00.000Z', partySize: 8, guestName: 'Famille Martin', reference: 'K7Q-4MZ' }] },
      largePartyFrom: 6,
    },
  }),
  contact_copy: (locale) => ({ kind: 'contact_copy', locale, restaurant, contact: { name: 'Marc', email: 'marc@example.fr', phone: '06 00 00 00 00', subject: 'Privatisation', message: 'Bonjour, peut-on privatiser la salle ?' } }),
}

const dinerKinds: DinerEmailKind[] = ['verify', 'reset']

const emails: { name: string; locale: Language; email: RenderedEmail & { sms?: string } }[] = LANGUAGES.flatMap((locale) => [
  ...MESSAGE_KINDS.map((kind) => ({ name: kind, locale, email: renderMessage(views[kind](locale)) })),
  ...dinerKinds.map((kind) => ({ name: `diner ${kind}`, locale, email: dinerEmail(kind, { name: 'Camille', locale }, 'tok-123', 'Le Petit Zinc') })),
])

/** Words of the English copy that must never reach a French reader (whole words, as written in en.ts). */
const ENGLISH = [
  'Hello', 'Reference', 'When', 'Party', 'Where', 'guest', 'guests', 'Change or cancel', 'Add to my calendar', 'Booking', 'booking',
  'confirmed', 'Reminder', 'Deposit', 'deposit', 'refund', 'table for', 'Guest', 'Phone', 'Email', 'Requests', 'Source', 'Online',
  'Birthday', 'From', 'Reply', 'Welcome', 'Confirm', 'password', 'receiving', 'See you', 'at', 'the', 'and', 'your', 'Your',
]

const partsOf = ({ email }: (typeof emails)[number]) => ({ subject: email.subject, text: email.text, html: email.html, ...(email.sms ? { sms: email.sms } : {}) })

describe.each(emails)('the $name email in $locale', (message) => {
  it('has every parameter filled: no "undefined", "NaN" or {param} left', () => {
    for (const [part, value] of Object.entries(partsOf(message))) {
      expect(value, part).not.toMatch(/undefined|NaN|null|\{\w+\}/)
    }
  })

  it('has a text part that reads as text: no tags, no entities, its links written out', () => {
    const { text, html } = message.email
    expect(text).not.toMatch(/<\/?[a-z][^>]*>|&[a-z]+;/i)
    const links = [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'))
    expect(links.length).toBeGreaterThan(0)
    for (const link of links) expect(text).toContain(link)
  })

  it('is written in its language', () => {
    expect(message.email.html).toContain(`<html lang="${message.locale}">`)
    if (message.locale !== 'fr') return
    for (const [part, value] of Object.entries(partsOf(message))) {
      const visible = part === 'html' ? value.replace(/<[^>]+>/g, ' ') : value
      const words = visible.replace(/https?:\/\/\S+|mailto:\S+/g, ' ')
      for (const word of ENGLISH) expect(words, `${part}: "${word}"`).not.toMatch(new RegExp(`(^|[^\\p{L}])${word}([^\\p{L}]|$)`, 'u'))
    }
  })
})

describe('the email dictionaries', () => {
  it('have the same keys in French and English', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort())
  })

  it('use the same parameters in both languages for each key', () => {
    const params = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
    for (const key of Object.keys(en) as (keyof typeof en)[]) expect(params(fr[key]), key).toEqual(params(en[key]))
  })
})

describe('the calendar event attached to the emails', () => {
  const reservation = { reference: 'K7Q-4MZ', startsAt: booking.startsAt, endsAt: booking.endsAt, partySize: 4 } as Reservation
  const place = { name: 'Le Petit Zinc', address: { street: '12 rue de la Roquette', postalCode: '75011', city: 'Paris' } } as Restaurant
  // iCalendar folds long lines and escapes commas: compare unfolded, unescaped text.
  const ics = (locale: Language) => reservationCalendar(reservation, place, locale, booking.manageUrl).replace(/\r?\n /g, '').replace(/\\([,;\\])/g, '$1')

  it('is titled and described in the guest’s language', () => {
    expect(ics('fr')).toContain('SUMMARY:Le Petit Zinc — table pour 4')
    expect(ics('fr')).toContain(`DESCRIPTION:Référence K7Q-4MZ\\nModifier ou annuler : ${booking.manageUrl}`)
    expect(ics('en')).toContain('SUMMARY:Le Petit Zinc — table for 4')
    expect(ics('en')).toContain(`DESCRIPTION:Reference K7Q-4MZ\\nChange or cancel: ${booking.manageUrl}`)
  })
})
