import type { ParsedMail } from 'mailparser'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Guest, Reservation } from '../../src/payload-types'
import { existingBooking } from '../support/bookings'
import { api } from '../support/http'
import { testPayload } from '../support/payload'
import { createTestRestaurant, parisTime, signedInStaff } from '../support/restaurants'
import { SmtpSink } from '../support/smtpSink'

let payload: Payload
const smtp = new SmtpSink(Number(process.env.SMTP_PORT))
let restaurantId: number
let managerToken: string
let hostToken: string
const MANAGER = 'gerante@avis-retour.test'
const OWNER = 'owner@avis-retour.test'
const HOST = 'hote@avis-retour.test'

/** What the app's job runner does every few seconds, done now. */
async function runJobs() {
  for (let round = 0; round < 10; round++) {
    const result = await payload.jobs.run({ limit: 100, silent: true })
    if (!result.jobStatus || Object.keys(result.jobStatus).length === 0) return
  }
}

/** The scheduled feedback job as it runs at a given Paris time (`days` from today), then the sends it queued. */
async function feedbackRunAt(days: number, time: string) {
  await payload.jobs.queue({ task: 'requestFeedback' as never, input: { at: parisTime(days, time).iso } as never })
  await runJobs()
}

async function dailyReportRunAt(days: number, time: string) {
  await payload.jobs.queue({ task: 'sendDailyReports' as never, input: { at: parisTime(days, time).iso } as never })
  await runJobs()
}

async function guest(name: string, email: string, extra: Partial<Guest> = {}) {
  return (await payload.create({ collection: 'guests', data: { name, email, restaurants: [restaurantId], ...extra } as never })) as Guest
}

async function visit(who: Guest, days: number, status: Reservation['status'], locale: 'fr' | 'en' = 'fr', time = '20:00') {
  return existingBooking(payload, restaurantId, days, time, status, { guest: who.id, guestName: who.name, guestEmail: who.email, guestLocale: locale, partySize: 3 })
}

const linksIn = (mail: ParsedMail) => [...String(mail.html).matchAll(/href="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'))
const feedbackLinkIn = (mail: ParsedMail) => linksIn(mail).find((url) => /\/feedback\/[A-Za-z0-9_-]{43}$/.test(url))!
const tokenOf = (url: string) => url.split('/').pop()!

async function feedbackRows(reservation: number) {
  const { docs } = await payload.find({ collection: 'feedback', where: { reservation: { equals: reservation } }, depth: 0, limit: 10, overrideAccess: true })
  return docs
}

beforeAll(async () => {
  payload = await testPayload()
  const { restaurant } = await createTestRestaurant(payload, 'avis-retour', [{ label: 'T1', min: 1, max: 8 }], { notifications: { largePartyFrom: 6 } })
  restaurantId = restaurant.id
  managerToken = await signedInStaff(payload, MANAGER, 'manager', restaurantId)
  hostToken = await signedInStaff(payload, HOST, 'host', restaurantId)
  const ownerToken = await signedInStaff(payload, OWNER, 'owner', restaurantId)
  // The owner reads the admin in English (chosen in their account): their emails come in English.
  const chosen = await api('POST', '/payload-preferences/language', { token: ownerToken, body: { value: 'en' } })
  expect(chosen.status, chosen.text).toBe(200)
  // Start from an empty queue: other files' bookings queued mail that nobody here reads.
  await payload.delete({ collection: 'payload-jobs', where: { id: { exists: true } } })
  await smtp.start()
})

afterAll(async () => {
  await smtp.stop()
})

describe('the morning-after feedback email', () => {
  it('goes once, the morning after a completed visit, in the guest’s language; never for a cancelled or no-show booking', async () => {
    const claire = await guest('Claire Dubois', 'claire@retour.test')
    const emma = await guest('Emma Hale', 'emma@retour.test', { locale: 'en' })
    const done = await visit(claire, -1, 'completed')
    const doneEn = await visit(emma, -1, 'completed', 'en', '12:30')
    const cancelled = await visit(await guest('Paul Annule', 'paul@retour.test'), -1, 'cancelled')
    const noShow = await visit(await guest('Nina Absente', 'nina@retour.test'), -1, 'no_show')

    // Before 09:30 in Paris: nothing yet.
    await feedbackRunAt(0, '08:00')
    expect(smtp.to('claire@retour.test')).toHaveLength(0)

    await feedbackRunAt(0, '09:45')
    // Again the same morning, later that day, and the next morning: still one each.
    await feedbackRunAt(0, '09:45')
    await feedbackRunAt(0, '18:00')
    await feedbackRunAt(1, '09:45')

    const [mail, ...more] = smtp.to('claire@retour.test')
    expect(more).toHaveLength(0)
    expect(mail?.subject).toBe('Comment s’est passée votre visite chez Test avis-retour ?')
    expect(feedbackLinkIn(mail!)).toMatch(/\/fr\/feedback\//)
    expect(linksIn(mail!).some((url) => url.endsWith('/opt-out'))).toBe(true)
    const english = smtp.to('emma@retour.test')
    expect(english).toHaveLength(1)
    expect(english[0]!.subject).toBe('How was your visit to Test avis-retour?')
    expect(feedbackLinkIn(english[0]!)).toMatch(/\/en\/feedback\//)

    expect(smtp.to('paul@retour.test')).toHaveLength(0)
    expect(smtp.to('nina@retour.test')).toHaveLength(0)
    expect(await feedbackRows(done.id)).toHaveLength(1)
    expect(await feedbackRows(doneEn.id)).toHaveLength(1)
    expect(await feedbackRows(cancelled.id)).toHaveLength(0)
    expect(await feedbackRows(noShow.id)).toHaveLength(0)
  })

  it('is not sent to a guest who opted out, and the link in the email opts out without signing in', async () => {
    const quiet = await guest('Jean Calme', 'jean@retour.test', { feedbackOptOut: true })
    const lea = await guest('Léa Martin', 'lea@retour.test')
    await visit(quiet, -1, 'completed')
    await visit(lea, -1, 'completed')
    await feedbackRunAt(0, '10:00')
    expect(smtp.to('jean@retour.test')).toHaveLength(0)
    const [mail] = smtp.to('lea@retour.test')
    const optOut = linksIn(mail!).find((url) => url.endsWith('/opt-out'))!
    const token = optOut.split('/').slice(-2)[0]!

    const res = await api('POST', `/feedback/by-token/${token}/opt-out`)
    expect(res.status, res.text).toBe(200)
    expect(((await payload.findByID({ collection: 'guests', id: lea.id, depth: 0 })) as Guest).feedbackOptOut).toBe(true)

    // Her next visit (today) is not asked about tomorrow morning; another guest's is.
    await visit(lea, 0, 'completed')
    const marc = await guest('Marc Neuf', 'marc@retour.test')
    await visit(marc, 0, 'completed')
    await feedbackRunAt(1, '09:45')
    expect(smtp.to('lea@retour.test')).toHaveLength(1)
    expect(smtp.to('marc@retour.test')).toHaveLength(1)
  })

  it('is skipped at send time when the guest opted out after it was queued', async () => {
    const late = await guest('Hugo Tardif', 'hugo@retour.test')
    const booking = await visit(late, -1, 'completed')
    // Only the feedback job runs: its email is queued, not yet sent.
    const job = (await payload.jobs.queue({ task: 'requestFeedback' as never, input: { at: parisTime(0, '12:00').iso } as never })) as { id: number | string }
    await payload.jobs.runByID({ id: job.id })
    await payload.update({ collection: 'guests', id: late.id, data: { feedbackOptOut: true } })
    await runJobs()
    expect(smtp.to('hugo@retour.test')).toHaveLength(0)
    const { docs } = await payload.find({ collection: 'message-log', where: { reservation: { equals: booking.id }, kind: { equals: 'feedback_request' } }, depth: 0 })
    expect(docs.map((m) => [m.status, m.lastError])).toEqual([['skipped', 'The guest opted out of feedback emails']])
  })
})

describe('a guest’s answer', () => {
  let token: string
  let reservation: Reservation
  let guestId: number

  beforeAll(async () => {
    const sophie = await guest('Sophie Note', 'sophie@retour.test')
    guestId = sophie.id
    reservation = await visit(sophie, -1, 'completed')
    await feedbackRunAt(0, '11:00')
    token = tokenOf(feedbackLinkIn(smtp.to('sophie@retour.test')[0]!))
  })

  it('is refused with a code when the score is not 1 to 5 or the link is not one', async () => {
    const bad = await api('POST', `/feedback/by-token/${token}`, { body: { score: 7 } })
    expect(bad.status).toBe(422)
    expect(bad.json.errors[0]).toMatchObject({ code: 'invalid_score', field: 'score' })
    const unknown = await api('POST', `/feedback/by-token/${'x'.repeat(43)}`, { body: { score: 4 } })
    expect(unknown.status).toBe(404)
    expect(unknown.json.errors[0].code).toBe('feedback_not_found')
  })

  it('a score of 1 alerts the restaurant’s manager and owner (not the host), once; a second answer replaces the first', async () => {
    const res = await api('POST', `/feedback/by-token/${token}`, { body: { score: 1, comment: 'Plat froid, attente longue.' } })
    expect(res.status, res.text).toBe(200)
    expect(res.json).toMatchObject({ score: 1, comment: 'Plat froid, attente longue.' })
    await runJobs()
    const [alert] = smtp.to(MANAGER)
    expect(alert?.subject).toBe('Note basse 1/5 de Sophie Note — Test avis-retour')
    expect(alert?.text).toContain('Plat froid, attente longue.')
    expect(smtp.to(OWNER)[0]?.subject).toBe('Low score 1/5 from Sophie Note — Test avis-retour')
    expect(smtp.to(HOST)).toHaveLength(0)

    // She changes her mind: one answer kept, no second alert.
    const again = await api('POST', `/feedback/by-token/${token}`, { body: { score: 2 } })
    expect(again.status).toBe(200)
    await runJobs()
    expect(smtp.to(MANAGER)).toHaveLength(1)
    const rows = await feedbackRows(reservation.id)
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({ score: 2 })
    expect(rows[0]!.comment ?? null).toBeNull()
    const read = await api('GET', `/feedback/by-token/${token}`)
    expect(read.json).toMatchObject({ score: 2, restaurant: 'Test avis-retour' })
    expect(((await payload.findByID({ collection: 'guests', id: guestId, depth: 0 })) as Guest).feedbackAverage).toBe(2)
  })
})

describe('feedback in analytics', () => {
  it('averages the scores the guests gave; comments for managers, not hosts', async () => {
    // Every answer given in this file: 1 → 2 (Sophie), plus the ones below.
    for (const [email, score, comment] of [
      ['claire@retour.test', 5, 'Parfait, merci !'],
      ['emma@retour.test', 4, undefined],
    ] as const) {
      const mail = smtp.to(email)[0]!
      const res = await api('POST', `/feedback/by-token/${tokenOf(feedbackLinkIn(mail))}`, { body: { score, comment } })
      expect(res.status).toBe(200)
    }
    const from = parisTime(-7, '12:00').date
    const to = parisTime(1, '12:00').date
    const res = await api('GET', `/restaurants/avis-retour/feedback?from=${from}&to=${to}`, { token: managerToken })
    expect(res.status, res.text).toBe(200)
    const { docs } = await payload.find({ collection: 'feedback', where: { restaurant: { equals: restaurantId }, score: { exists: true } }, limit: 100, depth: 0 })
    const scores = docs.map((doc) => doc.score!)
    expect(scores.sort()).toEqual([2, 4, 5])
    expect(res.json.scores).toMatchObject({ count: 3, average: 3.7, distribution: { 1: 0, 2: 1, 3: 0, 4: 1, 5: 1 } })
    expect(res.json.lowScores).toBe(1)
    expect(res.json.byService.Service).toMatchObject({ count: 3, average: 3.7 })
    expect(res.json.comments.map((c: { comment: string }) => c.comment)).toEqual(['Parfait, merci !'])

    const asHost = await api('GET', `/restaurants/avis-retour/feedback?from=${from}&to=${to}`, { token: hostToken })
    expect(asHost.status).toBe(404)
    const hostRows = await api('GET', '/feedback', { token: hostToken })
    expect(hostRows.status).toBe(403)
  })
})

describe('the owners’ daily report', () => {
  it('goes each morning to the owners and managers, once, with yesterday’s and today’s figures', async () => {
    const big = await guest('Famille Grand', 'grand@retour.test')
    await existingBooking(payload, restaurantId, 0, '20:30', 'confirmed', { guest: big.id, guestName: 'Famille Grand', partySize: 7 })
    await dailyReportRunAt(0, '06:30')
    expect(smtp.to(MANAGER).filter((m) => /point du matin/.test(m.subject ?? ''))).toHaveLength(0)
    await dailyReportRunAt(0, '07:15')
    await dailyReportRunAt(0, '12:00')
    const reports = smtp.to(MANAGER).filter((m) => /point du matin/.test(m.subject ?? ''))
    expect(reports).toHaveLength(1)
    const text = reports[0]!.text ?? ''
    // Yesterday in this file: Claire, Emma, Jean, Léa, Hugo, Sophie completed (3 each), one cancelled, one no-show.
    expect(text).toMatch(/Couverts\s*:\s*18/)
    expect(text).toMatch(/Absents\s*:\s*1 \(3 couverts\)/)
    expect(text).toContain('Famille Grand')
    expect(smtp.to(OWNER).filter((m) => /morning report/.test(m.subject ?? ''))).toHaveLength(1)
    expect(smtp.to(HOST)).toHaveLength(0)
  })
})
