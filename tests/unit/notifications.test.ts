import { describe, expect, it } from 'vitest'

import { noticesFor, type BookingSnapshot } from '../../src/domain/reservations/notices'
import { renderMessage, type MessageView } from '../../src/plugins/reservations/notifications/templates'

const booked: BookingSnapshot = { status: 'confirmed', startsAt: '2026-12-12T18:30:00.000Z', partySize: 2, source: 'online' }

describe('who hears about a booking', () => {
  it('a new booking: the guest is confirmed and staff alerted; a walk-in gets no email', () => {
    expect(noticesFor(undefined, booked)).toEqual({ guest: 'confirmation', staff: 'new', freedTable: false })
    expect(noticesFor(undefined, { ...booked, source: 'walk_in' })).toEqual({ guest: undefined, staff: 'new', freedTable: false })
  })

  it('a deposit: asked for first, confirmed once paid, or expired with no staff noise', () => {
    const pending = { ...booked, status: 'pending_payment' as const }
    expect(noticesFor(undefined, pending)).toEqual({ guest: 'deposit_request', freedTable: false })
    expect(noticesFor(pending, booked)).toEqual({ guest: 'confirmation', staff: 'new', freedTable: false })
    expect(noticesFor(pending, { ...pending, status: 'cancelled', cancelledBy: 'system' })).toEqual({ guest: 'deposit_expired', freedTable: true })
  })

  it('a move or a cancellation frees a table for the waitlist', () => {
    expect(noticesFor(booked, { ...booked, startsAt: '2026-12-12T19:00:00.000Z' })).toEqual({ guest: 'change', staff: 'changed', freedTable: true })
    expect(noticesFor(booked, { ...booked, status: 'cancelled', cancelledBy: 'guest' })).toEqual({ guest: 'cancellation', staff: 'cancelled', freedTable: true })
  })

  it('service moments (seated, completed, no-show) and unchanged saves send nothing', () => {
    expect(noticesFor(booked, { ...booked, status: 'seated' })).toEqual({ freedTable: false })
    expect(noticesFor(booked, { ...booked })).toEqual({ freedTable: false })
    // Same instant written differently is not a move.
    expect(noticesFor(booked, { ...booked, startsAt: '2026-12-12T19:30:00+01:00' })).toEqual({ freedTable: false })
  })
})

const restaurant = { name: 'Le Petit Zinc', address: '12 rue de la Roquette, 75011 Paris', phone: '+33 1 43 55 00 00', timeZone: 'Europe/Paris', siteUrl: 'https://zinc.example', note: 'Code porte : 4521' }
const booking = {
  reference: 'K7Q-4MZ',
  startsAt: '2026-07-14T17:30:00.000Z',
  endsAt: '2026-07-14T19:00:00.000Z',
  partySize: 4,
  guestName: 'Camille <Dupré>',
  manageUrl: 'https://zinc.example/fr/reservation/tok',
  calendarUrl: 'https://zinc.example/api/reservations/manage/tok/calendar',
}

describe('messages', () => {
  it('give the time in the restaurant’s zone (summer time here), in the guest’s language', () => {
    const fr = renderMessage({ kind: 'confirmation', locale: 'fr', restaurant, booking })
    expect(fr.subject).toBe('Réservation confirmée — Le Petit Zinc, mardi 14 juillet 2026 à 19:30')
    const en = renderMessage({ kind: 'confirmation', locale: 'en', restaurant, booking })
    expect(en.subject).toBe('Booking confirmed — Le Petit Zinc, Tuesday 14 July 2026 at 19:30')
    expect(en.text).toContain('Change or cancel: https://zinc.example/fr/reservation/tok')
    expect(en.sms).toBe('Le Petit Zinc: table for 4 on Tuesday 14 July 2026 at 19:30, ref. K7Q-4MZ. Manage: https://zinc.example/fr/reservation/tok')
  })

  it('carry the owner’s note and escape what guests typed', () => {
    const { html, text } = renderMessage({ kind: 'reminder', locale: 'fr', restaurant, booking })
    expect(text).toContain('Code porte : 4521')
    expect(html).toContain('Bonjour Camille &lt;Dupré&gt;,')
    expect(html).not.toContain('<Dupré>')
  })

  it('state the refund on a cancellation only when there is one', () => {
    const view: MessageView = { kind: 'cancellation', locale: 'fr', restaurant, booking, refund: { amountMinor: 4500, currency: 'EUR' } }
    expect(renderMessage(view).text).toContain('Un remboursement de 45,00\u00a0€ est en cours')
    expect(renderMessage({ ...view, refund: undefined }).text).not.toContain('remboursement')
  })

  it('keep staff alerts free of the guest footer', () => {
    const { subject, text } = renderMessage({ kind: 'staff_alert', locale: 'fr', restaurant, booking: { ...booking, guestPhone: '06 12 34 56 78' }, event: 'new', largeParty: true })
    expect(subject).toBe('Nouvelle réservation — grand groupe : Camille <Dupré>, 4 personnes, mardi 14 juillet 2026 à 19:30')
    expect(text).toContain('Téléphone\u00a0: 06 12 34 56 78')
    expect(text).not.toContain('Code porte')
  })
})
