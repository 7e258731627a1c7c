import ICAL from 'ical.js'
import type { ParsedMail } from 'mailparser'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { execute, sql } from '../../src/infrastructure/db/execute'
import { api, login } from '../support/http'
import { testPayload } from '../support/payload'
import { createTestRestaurant, parisTime } from '../support/restaurants'
import { SmsServer } from '../support/smsServer'
import { SmtpSink } from '../support/smtpSink'

let payload: Payload
const smtp = new SmtpSink(Number(process.env.SMTP_PORT))
const sms = new SmsServer(Number(new URL(process.env.SMS_API_BASE!).port), { sid: process.env.SMS_ACCOUNT_SID!, token: process.env.SMS_AUTH_TOKEN! })
const STAFF = 'salle@avis.test'

/** What the app's job runner does every few seconds, done now. */
async function runJobs() {
  for (let round = 0; round < 10; round++) {
    const result = await payload.jobs.run({ limit: 100, silent: true })
    if (!result.jobStatus || Object.keys(result.jobStatus).length === 0) return
  }
}

async function book(overrides: Record<string, unknown> = {}, days = 30, time = '19:00') {
  const body = {
    restaurant: 'avis',
    startsAt: parisTime(days, time).iso,
    partySize: 2,
    guest: { name: 'Claire Dubois', email: 'claire@example.fr', phone: '06 12 34 56 78' },
    locale: 'fr',
    ...overrides,
  }
  const res = await api('POST', '/reservations/book', { body })
  expect(res.status, JSON.stringify(res.json)).toBe(201)
  return res.json as { manageToken: string; manageUrl: string; reference: string; startsAt: string; endsAt: string }
}

async function logFor(reference: string) {
  const { docs } = await payload.find({ collection: 'reservations', where: { reference: { equals: reference } }, limit: 1, depth: 0 })
  const log = await payload.find({ collection: 'message-log', where: { reservation: { equals: docs[0]!.id } }, sort: 'createdAt', depth: 0, limit: 50 })
  return { reservation: docs[0]!, messages: log.docs }
}

const linksIn = (mail: ParsedMail) => [...String(mail.html).matchAll(/href="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'))
const tokenOf = (url: string) => url.split('/').pop()!

beforeAll(async () => {
  payload = await testPayload()
  await createTestRestaurant(payload, 'avis', [{ label: 'T1', min: 1, max: 4 }, { label: 'T2', min: 1, max: 4 }, { label: 'T3', min: 2, max: 8 }], {
    email: 'contact@avis.test',
    address: { street: '3 rue des Tests', postalCode: '75011', city: 'Paris', country: 'FR' },
    notifications: { staffEmail: STAFF, largePartyFrom: 6, waitlistOfferMinutes: 20 },
    // Reminders two days ahead, so "tomorrow evening" is inside the window whatever the hour of the run.
    bookingRules: { slotIntervalMinutes: 15, minNoticeMinutes: 60, maxAdvanceDays: 365, maxPartyOnline: 8, bufferMinutes: 15, holdMinutes: 15, reminderLeadHours: 48, turnTimes: [{ upToPartySize: 20, minutes: 90 }] },
  })
  await createTestRestaurant(payload, 'avis-acompte', [{ label: 'G1', min: 4, max: 8 }], {
    notifications: { staffEmail: STAFF },
    deposit: { mode: 'per_person', amountMinor: 1000, fromPartySize: 6 },
  })
  // Start from an empty queue: other files' bookings queued mail that nobody here reads.
  await payload.delete({ collection: 'payload-jobs', where: { id: { exists: true } } })
  await smtp.start()
  await sms.start()
})

afterAll(async () => {
  await smtp.stop()
  await sms.stop()
})

describe('a booking', () => {
  it('is answered at once and emails the guest in French, with working links and a calendar file', async () => {
    const booking = await book({ smsConsent: true })
    expect(smtp.to('claire@example.fr')).toHaveLength(0)
    await runJobs()

    const [mail] = smtp.to('claire@example.fr')
    expect(mail?.subject).toMatch(/^Réservation confirmée — Test avis, /)
    expect(mail?.text).toContain(booking.reference)
    expect(mail?.text).toMatch(/19:00/)
    expect(mail?.text).toContain('3 rue des Tests, 75011 Paris')
    expect(mail?.html).toContain('<html lang="fr">')

    // The management link in the email opens this very booking.
    const manageLink = linksIn(mail!).find((href) => href.includes('/fr/reservation/'))!
    const view = await api('GET', `/reservations/manage/${tokenOf(manageLink)}`)
    expect(view.status).toBe(200)
    expect(view.json.reference).toBe(booking.reference)

    // The .ics parses, and its event starts at the booking's instant.
    const ics = mail!.attachments.find((a) => a.filename === `reservation-${booking.reference}.ics`)!
    expect(ics.contentType).toBe('text/calendar')
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics.content.toString('utf8'))).getFirstSubcomponent('vevent')!)
    expect(event.startDate.toJSDate().toISOString()).toBe(new Date(booking.startsAt).toISOString())
    expect(event.endDate.toJSDate().toISOString()).toBe(new Date(booking.endsAt).toISOString())
    expect(event.summary).toBe('Test avis — table pour 2')

    // The same calendar file is behind "add to calendar".
    const calendarLink = linksIn(mail!).find((href) => href.endsWith('/calendar'))!
    const file = await api('GET', `/reservations/manage/${calendarLink.split('/').at(-2)}/calendar`)
    expect(file.status).toBe(200)
    expect(file.text).toContain(`UID:${booking.reference}@techplus`)

    // The guest agreed to texts: one confirmation SMS, in E.164.
    expect(sms.sent.filter((s) => s.body.includes(booking.reference))).toEqual([
      expect.objectContaining({ to: '+33612345678', from: '+33700000000', body: expect.stringContaining('Test avis') }),
    ])

    // Staff hear about it; the log says who got what.
    expect(smtp.to(STAFF).some((m) => m.subject?.startsWith('Nouvelle réservation : Claire Dubois'))).toBe(true)
    const { messages } = await logFor(booking.reference)
    expect(messages.map((m) => [m.channel, m.kind, m.status, m.attempts])).toEqual([
      ['email', 'confirmation', 'sent', 1],
      ['sms', 'confirmation', 'sent', 1],
      ['email', 'staff_alert', 'sent', 1],
    ])
  })

  it('emails an English guest in English, and flags a large party to staff', async () => {
    const booking = await book({ guest: { name: 'Oliver Smith', email: 'oliver@example.co.uk' }, locale: 'en', partySize: 7 }, 31)
    await runJobs()
    const [mail] = smtp.to('oliver@example.co.uk')
    expect(mail?.subject).toMatch(/^Booking confirmed — Test avis, \w+day \d+ \w+ \d{4} at 19:00$/)
    expect(mail?.text).toContain('Change or cancel: http://localhost:3000/en/reservation/')
    expect(smtp.to(STAFF).find((m) => m.text?.includes(booking.reference))?.subject).toMatch(/grand groupe/)
    // No phone, no consent: no SMS.
    expect(sms.sent.some((s) => s.body.includes(booking.reference))).toBe(false)
  })

  it('sends the guest a change and a cancellation, each once, and tells staff', async () => {
    const booking = await book({ guest: { name: 'Marc Petit', email: 'marc@example.fr' } }, 32, '12:00')
    const token = booking.manageToken
    await runJobs()
    expect((await api('PATCH', `/reservations/manage/${token}`, { body: { startsAt: parisTime(32, '13:00').iso } })).status).toBe(200)
    await runJobs()
    expect((await api('DELETE', `/reservations/manage/${token}`)).status).toBe(200)
    await runJobs()
    expect(smtp.to('marc@example.fr').map((m) => m.subject?.split(' — ')[0])).toEqual(['Réservation confirmée', 'Réservation modifiée', 'Réservation annulée'])
    const changed = smtp.to('marc@example.fr')[1]!
    expect(changed.text).toMatch(/Avant : .+ à 12:00, 2 personnes/)
    expect(changed.text).toMatch(/13:00/)
    expect(smtp.to(STAFF).filter((m) => m.text?.includes(booking.reference)).map((m) => m.subject?.split(' : ')[0])).toEqual([
      'Nouvelle réservation',
      'Réservation modifiée',
      'Réservation annulée',
    ])
  })
})

describe('a booking that needs a deposit', () => {
  it('asks for it, and when the hold runs out unpaid, cancels and tells the guest', async () => {
    const booking = await book({ restaurant: 'avis-acompte', partySize: 6, guest: { name: 'Paul Vidal', email: 'paul@example.fr' } }, 35)
    await runJobs()
    const [request] = smtp.to('paul@example.fr')
    expect(request?.subject).toBe('Acompte à régler — Test avis-acompte')
    expect(request?.text).toMatch(/acompte de 60,00\u00a0€/)

    const { reservation } = await logFor(booking.reference)
    await payload.update({ collection: 'reservations', id: reservation.id, data: { holdExpiresAt: new Date(Date.now() - 60_000).toISOString() }, context: { bookingChecked: true } })
    await payload.jobs.queue({ task: 'reconcileDeposits', input: {} })
    await runJobs()
    const after = await logFor(booking.reference)
    expect(after.reservation).toMatchObject({ status: 'cancelled', cancellation: { cancelledBy: 'system' } })
    expect(smtp.to('paul@example.fr').map((m) => m.subject)).toEqual(['Acompte à régler — Test avis-acompte', 'Réservation non confirmée — Test avis-acompte'])
    // Staff never heard of a booking that was never confirmed.
    expect(smtp.to(STAFF).some((m) => m.text?.includes(booking.reference))).toBe(false)
  })
})

describe('when the mail server is down', () => {
  it('still takes the booking; the email is retried and delivered when the server is back', async () => {
    await smtp.stop()
    const booking = await book({ guest: { name: 'Inès Roy', email: 'ines@example.fr' } }, 33)
    await runJobs()
    const { reservation, messages: before } = await logFor(booking.reference)
    let messages = before
    expect(reservation.status).toBe('confirmed')
    const confirmation = messages.find((m) => m.kind === 'confirmation')!
    expect(confirmation.status).toBe('retrying')
    expect(confirmation.lastError).toMatch(/ECONNREFUSED|connect/i)
    expect(smtp.to('ines@example.fr')).toHaveLength(0)

    await smtp.start()
    await new Promise((resolve) => setTimeout(resolve, 250)) // past the retry's backoff
    await runJobs()
    ;({ messages } = await logFor(booking.reference))
    expect(messages.find((m) => m.kind === 'confirmation')).toMatchObject({ status: 'sent', attempts: confirmation.attempts! + 1, lastError: null })
    expect(smtp.to('ines@example.fr')).toHaveLength(1)
  })
})

describe('reminders', () => {
  it('go out once, by email and SMS, when a booking enters the reminder window', async () => {
    const booking = await book({ guest: { name: 'Hugo Blanc', email: 'hugo@example.fr', phone: '+33 6 98 76 54 32' }, smsConsent: true }, 1, '20:00')
    await runJobs()
    const { reservation } = await logFor(booking.reference)
    // Booked three days ago, so the reminder is due now (24 h before).
    await execute({ payload } as never, sql`UPDATE reservations SET created_at = now() - interval '3 days' WHERE id = ${reservation.id}`)
    for (let run = 0; run < 2; run++) {
      await payload.jobs.queue({ task: 'sendReminders', input: {} })
      await runJobs()
    }
    expect(smtp.to('hugo@example.fr').filter((m) => m.subject?.startsWith('Rappel'))).toHaveLength(1)
    expect(sms.sent.filter((s) => s.to === '+33698765432' && s.body.startsWith('Rappel'))).toHaveLength(1)
    expect((await logFor(booking.reference)).reservation.reminderSentAt).toBeTruthy()
  })

  it('skip a booking made inside the window: the guest just got the confirmation', async () => {
    const booking = await book({ guest: { name: 'Léa Noir', email: 'lea@example.fr' } }, 1, '21:00')
    await payload.jobs.queue({ task: 'sendReminders', input: {} })
    await runJobs()
    expect(smtp.to('lea@example.fr').map((m) => m.subject?.split(' ')[0])).toEqual(['Réservation'])
    expect((await logFor(booking.reference)).reservation.reminderSentAt).toBeFalsy()
  })
})

describe('the waitlist', () => {
  it('offers a cancelled table to the guest waiting for that time, with a link valid for a while', async () => {
    const day = 34
    const { date } = parisTime(day, '19:00')
    const joined = await api('POST', '/waitlist/join', {
      body: { restaurant: 'avis', date, windowStart: '18:30', windowEnd: '20:30', partySize: 2, guest: { name: 'Nina Vert', email: 'nina@example.fr' }, locale: 'en' },
    })
    expect(joined.status).toBe(201)
    const booking = await book({ guest: { name: 'Tom Gris', email: 'tom@example.fr' } }, day, '19:30')
    expect((await api('DELETE', `/reservations/manage/${booking.manageToken}`)).status).toBe(200)
    await runJobs()
    const [offer] = smtp.to('nina@example.fr')
    expect(offer?.subject).toBe('A table is free — Test avis')
    expect(offer?.text).toMatch(/valid until \w+day \d+ \w+ \d{4} at \d\d:\d\d/)
    expect(linksIn(offer!)).toContain(`http://localhost:3000/en/avis/book?date=${date}&party=2`)
    const { docs } = await payload.find({ collection: 'waitlist', where: { guestEmail: { equals: 'nina@example.fr' } }, depth: 0 })
    expect(docs[0]).toMatchObject({ status: 'offered' })
    const minutesValid = (new Date(docs[0]!.offerExpiresAt!).getTime() - Date.now()) / 60_000
    expect(minutesValid).toBeGreaterThan(15)
    expect(minutesValid).toBeLessThanOrEqual(20)
  })
})

describe('the contact form', () => {
  it('copies each message to the restaurant', async () => {
    const { json } = await api('GET', '/restaurants?where[slug][equals]=avis&depth=0')
    const sent = await api('POST', '/contact-messages', {
      body: { restaurant: json.docs[0].id, name: 'Jeanne Ferry', email: 'jeanne@example.fr', subject: 'Privatisation', message: 'Bonjour, peut-on privatiser la salle un samedi midi ?' },
    })
    expect(sent.status).toBe(201)
    await runJobs()
    const copy = smtp.to(STAFF).find((m) => m.subject === 'Message du site : Privatisation')
    expect(copy?.text).toContain('peut-on privatiser la salle')
    expect(linksIn(copy!)).toContain('mailto:jeanne@example.fr')
  })
})

describe('the message log', () => {
  it('is for managers of the restaurant, not hosts or the public', async () => {
    expect((await api('GET', '/message-log')).status).toBe(403)
    const host = await login('host@techplus.test', 'techplus-host')
    expect((await api('GET', '/message-log', { token: host })).status).toBe(403)
    const admin = await login('admin@techplus.test', 'techplus-admin')
    const { status, json } = await api('GET', '/message-log?where[to][equals]=claire@example.fr', { token: admin })
    expect(status).toBe(200)
    expect(json.docs[0]).toMatchObject({ kind: 'confirmation', status: 'sent' })
    expect((await api('POST', '/message-log', { token: admin, body: { channel: 'email', kind: 'reminder', to: 'x@example.fr' } })).status).toBe(403)
  })
})
