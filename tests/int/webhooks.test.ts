import { randomUUID } from 'node:crypto'
import Stripe from 'stripe'
import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { execute, sql } from '../../src/infrastructure/db/execute'
import { inTransaction } from '../../src/infrastructure/db/transaction'
import { api, login } from '../support/http'
import { testPayload } from '../support/payload'
import { createTestRestaurant, parisTime, signedInStaff } from '../support/restaurants'
import { WebhookReceiver } from '../support/webhookReceiver'

let payload: Payload
let restaurantId: number
let endpointId: number
let owner: string
let manager: string
const receiver = new WebhookReceiver()
const STRIPE = process.env.STRIPE_API_BASE!
const signer = new Stripe('sk_test_signer', { apiVersion: '2026-10-28.endive' as never })
const ALL_EVENTS = ['reservation.created', 'reservation.changed', 'reservation.cancelled', 'reservation.seated', 'reservation.no_show', 'payment.deposit_paid', 'payment.refunded']

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Webhook deliveries still to make: queued, or waiting for their next try. */
const pendingDeliveries = async () =>
  (await payload.count({ collection: 'payload-jobs', where: { taskSlug: { equals: 'deliverWebhook' }, hasError: { not_equals: true }, completedAt: { exists: false } } })).totalDocs

/** What the app's job runner does every second, until every delivery is made or given up (retries wait 50 ms, doubling). */
async function runJobs(deadlineMs = 20_000) {
  const deadline = Date.now() + deadlineMs
  for (;;) {
    await payload.jobs.run({ limit: 100, silent: true })
    if ((await pendingDeliveries()) === 0) return
    if (Date.now() > deadline) throw new Error('webhook deliveries still pending')
    await sleep(50)
  }
}

async function book(days: number, time: string, partySize = 2) {
  const res = await api('POST', '/reservations/book', {
    body: { restaurant: 'crochet', startsAt: parisTime(days, time).iso, partySize, guest: { name: 'Lucie Martin', email: 'lucie@example.fr', phone: '06 11 22 33 44' }, locale: 'fr' },
  })
  expect(res.status, JSON.stringify(res.json)).toBe(201)
  const { docs } = await payload.find({ collection: 'reservations', where: { reference: { equals: res.json.reference } }, depth: 0 })
  return { ...res.json, id: docs[0]!.id } as { id: number; reference: string; manageToken: string; paymentUrl: string | null }
}

const staffMove = (id: number, status: string) => api('PATCH', `/reservations/${id}`, { token: owner, body: { status } })

/**
 * Events travel as independent jobs and retries, so they may arrive in any order (README: Webhooks);
 * a receiver orders them by `createdAt`, as here (events of one change share it and keep the order made).
 */
const MADE_IN_ORDER = ['reservation.created', 'payment.deposit_paid', 'payment.refunded', 'reservation.changed', 'reservation.cancelled', 'reservation.seated', 'reservation.no_show']

function lifeOf(id: number) {
  const made = (type: string) => MADE_IN_ORDER.indexOf(type)
  return receiver
    .ofReservation(id)
    .map((r) => r.event)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || made(a.type) - made(b.type))
    .map((event) => event.type)
}

async function logOf(eventId: string) {
  const { docs } = await payload.find({ collection: 'webhook-deliveries', where: { eventId: { equals: eventId } }, sort: 'createdAt', depth: 0, limit: 20 })
  return docs
}

beforeAll(async () => {
  payload = await testPayload()
  const { restaurant } = await createTestRestaurant(payload, 'crochet', [{ label: 'C1', min: 1, max: 4 }, { label: 'C2', min: 1, max: 4 }, { label: 'C3', min: 4, max: 8 }], {
    deposit: { mode: 'per_person', amountMinor: 1000, fromPartySize: 6 },
    cancellation: { freeUntilHours: 48, refundPercentAfter: 50 },
  })
  restaurantId = restaurant.id
  owner = await signedInStaff(payload, 'owner@crochet.test', 'owner', restaurantId)
  manager = await signedInStaff(payload, 'manager@crochet.test', 'manager', restaurantId)
  await receiver.start()
  // Other files' queued jobs are not ours to wait for.
  await payload.delete({ collection: 'payload-jobs', where: { id: { exists: true } } })
})

afterAll(async () => {
  // Later files book elsewhere, but an active endpoint pointing at a closed port would only slow them.
  await payload.update({ collection: 'webhook-endpoints', where: { restaurant: { equals: restaurantId } }, data: { active: false } })
  await receiver.stop()
})

describe('an owner', () => {
  it('registers an endpoint; the secret is made by the server and shown to owners only', async () => {
    const created = await api('POST', '/webhook-endpoints', {
      token: owner,
      body: { restaurant: restaurantId, name: 'Notre caisse', url: receiver.url, events: ALL_EVENTS, secret: 'whsec_chosen-by-me' },
    })
    expect(created.status, JSON.stringify(created.json)).toBe(201)
    endpointId = created.json.doc.id
    const secret = created.json.doc.secret as string
    expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/)
    receiver.secret = secret

    const asManager = await api('GET', `/webhook-endpoints/${endpointId}`, { token: manager })
    expect(asManager.status).toBe(200)
    expect(asManager.json.url).toBe(receiver.url)
    expect(asManager.json.secret).toBeUndefined()
    expect((await api('PATCH', `/webhook-endpoints/${endpointId}`, { token: manager, body: { url: 'http://127.0.0.1:1/elsewhere' } })).status).toBe(403)
    // Nobody types a secret, an owner neither.
    expect((await api('PATCH', `/webhook-endpoints/${endpointId}`, { token: owner, body: { secret: 'whsec_mine' } })).json.doc.secret).toBe(secret)
  })
})

describe('a booking’s life', () => {
  it('names the partner’s key on a booking it made through the API', async () => {
    const key = randomUUID()
    const made = await api('POST', '/integrations', { token: owner, body: { name: 'Hotel concierge', restaurants: [restaurantId], scopes: ['bookings_write'], enableAPIKey: true, apiKey: key } })
    expect(made.status, JSON.stringify(made.json)).toBe(201)
    const res = await api('POST', '/reservations/book', {
      headers: { Authorization: `integrations API-Key ${key}` },
      body: { restaurant: 'crochet', startsAt: parisTime(32, '19:00').iso, partySize: 2, guest: { name: 'Lucie Martin', email: 'lucie@example.fr' }, locale: 'fr' },
    })
    expect(res.status, JSON.stringify(res.json)).toBe(201)
    await runJobs()
    const created = receiver.received.find((r) => r.event.type === 'reservation.created' && r.event.data.reservation.reference === res.json.reference)!
    expect(created.verified).toBe(true)
    expect(created.event.data.reservation).toMatchObject({ source: 'api', integration: { id: made.json.doc.id } })
  })

  it('reaches the receiver as signed events, each verified by the README’s snippet', async () => {
    const seated = await book(30, '19:00')
    expect((await api('PATCH', `/reservations/manage/${seated.manageToken}`, { body: { partySize: 3 } })).status).toBe(200)
    expect((await staffMove(seated.id, 'seated')).status).toBe(200)
    const absent = await book(30, '20:00')
    expect((await staffMove(absent.id, 'no_show')).status).toBe(200)
    const cancelled = await book(31, '19:00')
    expect((await api('DELETE', `/reservations/manage/${cancelled.manageToken}`)).status).toBe(200)
    // Nothing leaves before the jobs run: the events wait for their change to commit, then for the runner.
    expect(receiver.ofReservation(seated.id)).toEqual([])
    await runJobs()

    expect(lifeOf(seated.id)).toEqual(['reservation.created', 'reservation.changed', 'reservation.seated'])
    expect(lifeOf(absent.id)).toEqual(['reservation.created', 'reservation.no_show'])
    expect(lifeOf(cancelled.id)).toEqual(['reservation.created', 'reservation.cancelled'])
    for (const got of receiver.received) {
      expect(got.verified, got.body).toBe(true)
      expect(got.headers['techplus-event-id']).toBe(got.event.id)
      expect(got.headers['techplus-event-type']).toBe(got.event.type)
      expect(got.headers['techplus-signature']).toMatch(/^t=\d{10},v1=[0-9a-f]{64}$/)
    }
    const changed = receiver.ofReservation(seated.id).find((r) => r.event.type === 'reservation.changed')!.event
    expect(changed.data.previous.partySize).toBe(2)
    expect(changed.data.reservation).toMatchObject({ id: seated.id, reference: seated.reference, partySize: 3, status: 'confirmed', restaurant: { id: restaurantId, slug: 'crochet' }, source: 'online', integration: null })
    // No more personal data than a partner needs: no name, email, phone, notes or private link.
    for (const got of receiver.received) expect(got.body).not.toMatch(/Lucie|lucie@example\.fr|\+33611223344|manageToken|guest/i)
  })

  it('tells of a deposit paid through Stripe and of its refund', async () => {
    const held = await book(32, '19:00', 6)
    expect(held.paymentUrl).toBeTruthy()
    const { events } = (await (await fetch(`${STRIPE}/_test/sessions/${held.paymentUrl!.split('/').pop()}/pay`, { method: 'POST' })).json()) as { events: { id: string }[] }
    for (const event of events) {
      const body = JSON.stringify(event)
      const signature = signer.webhooks.generateTestHeaderString({ payload: body, secret: process.env.STRIPE_WEBHOOK_SECRET! })
      expect((await api('POST', '/stripe/webhooks', { body, headers: { 'Stripe-Signature': signature } })).status).toBe(200)
    }
    // plugin-stripe answers first and stores after.
    for (let i = 0; i < 100 && (await payload.count({ collection: 'payment-events', where: { eventId: { in: events.map((e) => e.id) } } })).totalDocs < events.length; i++) await sleep(20)
    await runJobs()
    expect((await api('DELETE', `/reservations/manage/${held.manageToken}`)).status).toBe(200)
    await runJobs()

    expect(lifeOf(held.id)).toEqual(['reservation.created', 'payment.deposit_paid', 'reservation.changed', 'reservation.cancelled', 'payment.refunded'])
    const paid = receiver.ofReservation(held.id).find((r) => r.event.type === 'payment.deposit_paid')!
    expect(paid.verified).toBe(true)
    expect(paid.event.data.reservation.deposit).toMatchObject({ status: 'paid', amountMinor: 6000, currency: 'EUR' })
    expect(receiver.ofReservation(held.id).find((r) => r.event.type === 'payment.refunded')!.event.data.reservation.deposit.refundedMinor).toBe(6000)
  })

  it('sends nothing for a change that rolled back', async () => {
    const before = (await payload.count({ collection: 'payload-jobs', where: { taskSlug: { equals: 'deliverWebhook' } } })).totalDocs
    const req = await createLocalReq({}, payload)
    await expect(
      inTransaction(req, async () => {
        await payload.create({
          collection: 'reservations',
          data: { restaurant: restaurantId, startsAt: parisTime(33, '19:00').iso, partySize: 2, guestName: 'Rolled Back', status: 'confirmed', source: 'phone' } as never,
          req,
          overrideAccess: true,
        })
        throw new Error('the rest of the change failed')
      }),
    ).rejects.toThrow('the rest of the change failed')
    expect((await payload.count({ collection: 'payload-jobs', where: { taskSlug: { equals: 'deliverWebhook' } } })).totalDocs).toBe(before)
    await runJobs()
    expect(receiver.received.some((r) => r.body.includes('Rolled Back') || r.event.data.reservation?.startsAt === parisTime(33, '19:00').iso)).toBe(false)
  })
})

describe('a receiver outage', () => {
  it('is survived: refused connections and 503s are retried with backoff, nothing is lost, the log shows each attempt', async () => {
    const sentBefore = receiver.received.length
    await receiver.stop()
    const booking = await book(34, '19:00')
    await payload.jobs.run({ limit: 100, silent: true }) // attempt 1: nobody listens
    await receiver.start()
    receiver.failures = { count: 2, status: 503 } // attempts 2 and 3: "Service unavailable"
    await runJobs()

    const got = receiver.ofReservation(booking.id)
    expect(got.map((r) => r.answered)).toEqual([503, 503, 200])
    // The same event each time (one id for the receiver to deduplicate), freshly signed each time.
    expect(new Set(got.map((r) => r.event.id)).size).toBe(1)
    expect(new Set(got.map((r) => r.body)).size).toBe(1)
    expect(got.every((r) => r.verified)).toBe(true)
    expect(receiver.received.length - sentBefore).toBe(3)

    const log = await logOf(got[0]!.event.id)
    expect(log.map((a) => [a.attempt, a.statusCode ?? null, a.outcome])).toEqual([
      [1, null, 'retrying'],
      [2, 503, 'retrying'],
      [3, 503, 'retrying'],
      [4, 200, 'delivered'],
    ])
    expect(log[0]!.error).toMatch(/ECONNREFUSED/)
    expect(log[1]!.error).toContain('503')
    // Each failed attempt says when the next comes, and the next came no sooner (the test's retry delay is 50 ms, doubling).
    for (const [i, failed] of log.slice(0, 3).entries()) {
      expect(new Date(failed.nextRetryAt!).getTime()).toBeGreaterThan(new Date(failed.createdAt).getTime())
      expect(new Date(log[i + 1]!.createdAt).getTime()).toBeGreaterThanOrEqual(new Date(failed.nextRetryAt!).getTime())
    }
    expect(log[3]!.nextRetryAt ?? null).toBeNull()
    expect(log.every((a) => a.endpoint === endpointId && a.eventType === 'reservation_created' && typeof a.durationMs === 'number')).toBe(true)
    // The log is on the endpoint's page (join field), newest first, for its managers too.
    const page = await api('GET', `/webhook-endpoints/${endpointId}?depth=0`, { token: manager })
    expect(page.json.deliveries.docs.length).toBeGreaterThan(0)
    expect((await api('GET', `/webhook-deliveries?where[eventId][equals]=${got[0]!.event.id}`, { token: manager })).json.totalDocs).toBe(4)
  })
})

describe('"Send test event"', () => {
  it('sends a signed ping through the same path, answers what the receiver did, and logs it', async () => {
    const res = await api('POST', `/webhook-endpoints/${endpointId}/test`, { token: owner })
    expect(res.status, JSON.stringify(res.json)).toBe(200)
    expect(res.json).toMatchObject({ delivered: true, statusCode: 200, error: null })
    const ping = receiver.received.at(-1)!
    expect(ping.event).toMatchObject({ id: res.json.eventId, type: 'ping' })
    expect(ping.verified).toBe(true)
    expect((await logOf(res.json.eventId)).map((a) => [a.eventType, a.attempt, a.statusCode, a.outcome])).toEqual([['ping', 1, 200, 'delivered']])
  })

  it('reports a refusal as the receiver gave it, without retrying', async () => {
    receiver.failures = { count: 1, status: 500 }
    const res = await api('POST', `/webhook-endpoints/${endpointId}/test`, { token: owner, headers: { 'Accept-Language': 'fr' } })
    expect(res.json).toMatchObject({ delivered: false, statusCode: 500 })
    expect((await logOf(res.json.eventId)).map((a) => [a.outcome, a.nextRetryAt ?? null])).toEqual([['failed', null]])
    expect(await pendingDeliveries()).toBe(0)
  })

  it('is for the restaurant’s owners: a manager is refused, another restaurant’s owner and strangers learn nothing', async () => {
    const res = await api('POST', `/webhook-endpoints/${endpointId}/test`, { token: manager })
    expect([res.status, res.json.errors[0].code]).toEqual([403, 'forbidden'])
    const elsewhere = await login('owner@techplus.test', 'techplus-owner')
    const other = await api('POST', `/webhook-endpoints/${endpointId}/test`, { token: elsewhere })
    expect([other.status, other.json.errors[0].code]).toEqual([404, 'not_found'])
    const anonymous = await api('POST', `/webhook-endpoints/${endpointId}/test`)
    expect([anonymous.status, anonymous.json.errors[0].code]).toEqual([401, 'unauthorized'])
  })
})

describe('the delivery log', () => {
  it('forgets attempts older than 30 days in its nightly job, and keeps the rest', async () => {
    const attempt = (eventId: string) =>
      payload.create({ collection: 'webhook-deliveries', data: { restaurant: restaurantId, endpoint: endpointId, eventId, eventType: 'ping', attempt: 1, outcome: 'delivered', statusCode: 200 } })
    const old = await attempt('evt_from_last_month')
    const recent = await attempt('evt_from_last_week')
    const req = await createLocalReq({}, payload)
    await execute(req, sql`UPDATE webhook_deliveries SET created_at = now() - interval '31 days' WHERE id = ${old.id}`)
    await execute(req, sql`UPDATE webhook_deliveries SET created_at = now() - interval '29 days' WHERE id = ${recent.id}`)
    await payload.jobs.queue({ task: 'pruneWebhookDeliveries', input: {} })
    await payload.jobs.run({ limit: 100, silent: true })
    expect(await payload.findByID({ collection: 'webhook-deliveries', id: old.id, disableErrors: true })).toBeNull()
    expect((await payload.findByID({ collection: 'webhook-deliveries', id: recent.id })).eventId).toBe('evt_from_last_week')
  })
})

describe('a new secret', () => {
  it('signs every delivery from then on; the old one no longer verifies', async () => {
    expect((await api('POST', `/webhook-endpoints/${endpointId}/rotate-secret`, { token: manager })).status).toBe(403)
    const old = receiver.secret
    const rotated = await api('POST', `/webhook-endpoints/${endpointId}/rotate-secret`, { token: owner })
    expect(rotated.status).toBe(200)
    expect(rotated.json.secret).toMatch(/^whsec_/)
    expect(rotated.json.secret).not.toBe(old)

    await api('POST', `/webhook-endpoints/${endpointId}/test`, { token: owner })
    expect(receiver.received.at(-1)!.verified).toBe(false)
    receiver.secret = rotated.json.secret
    await api('POST', `/webhook-endpoints/${endpointId}/test`, { token: owner })
    expect(receiver.received.at(-1)!.verified).toBe(true)

    // The audit log says who registered the endpoint and that its secret changed, never what it is.
    const { docs } = await payload.find({ collection: 'audit-log', where: { entity: { equals: 'webhook-endpoints' }, entityId: { equals: String(endpointId) } }, sort: 'createdAt', depth: 0, limit: 20 })
    expect(docs[0]!.action).toBe('create')
    expect(docs.some((entry) => Object.keys((entry.changes as object) ?? {}).includes('secret'))).toBe(true)
    expect(JSON.stringify(docs)).not.toContain(old)
    expect(JSON.stringify(docs)).not.toContain(rotated.json.secret)
  })
})

describe('in production', () => {
  it('refuses plain http and addresses of our own network, with a code', async () => {
    const settings = (payload.config.custom as { reservations: { webhooks: { allowPrivateUrls: boolean } } }).reservations.webhooks
    settings.allowPrivateUrls = false
    try {
      const attempt = async (url: string) => {
        const res = await api('POST', '/webhook-endpoints', { token: owner, body: { restaurant: restaurantId, name: 'Sonde', url, events: ['reservation.created'] } })
        return [res.status, res.json.errors?.[0]?.data?.errors?.[0]?.code]
      }
      expect(await attempt('http://partner.example.com/hooks')).toEqual([400, 'webhook_url_insecure'])
      expect(await attempt('https://localhost/hooks')).toEqual([400, 'webhook_url_private'])
      expect(await attempt('https://169.254.169.254/latest/meta-data')).toEqual([400, 'webhook_url_private'])
      expect(await attempt('https://10.1.2.3/hooks')).toEqual([400, 'webhook_url_private'])
      expect(await attempt('https://[::1]/hooks')).toEqual([400, 'webhook_url_private'])
      expect(await attempt('https://partner.example.com/hooks')).toEqual([201, undefined])
      // The endpoint saved while http was allowed is not sent to any more.
      const res = await api('POST', `/webhook-endpoints/${endpointId}/test`, { token: owner })
      expect(res.json).toMatchObject({ delivered: false, statusCode: null, error: 'Address refused (webhook_url_insecure)' })
    } finally {
      settings.allowPrivateUrls = true
      await payload.delete({ collection: 'webhook-endpoints', where: { name: { equals: 'Sonde' } } })
    }
  })
})
