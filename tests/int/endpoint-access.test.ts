import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { FUNNEL_MARKER } from '../../src/domain/funnel'
import { newBookingReference } from '../../src/domain/reference'
import type { Reservation } from '../../src/payload-types'
import { addressFingerprint, signEmailChange } from '../../src/plugins/reservations/utilities/emailChangeToken'
import { newFeedbackToken } from '../../src/plugins/reservations/utilities/feedbackToken'
import { hashManageToken } from '../../src/plugins/reservations/utilities/manageToken'
import { existingBooking } from '../support/bookings'
import { signedInDiner } from '../support/diners'
import { api, login } from '../support/http'
import { mountedEndpoints } from '../support/mountedEndpoints'
import { testPayload } from '../support/payload'
import { createTestRestaurant, parisTime } from '../support/restaurants'
import { SmtpSink } from '../support/smtpSink'

/**
 * Who may call which of our endpoints: one row per endpoint (method and path under /api), one
 * outcome per role, each checked with a real request. A restaurant-scoped row is called about
 * restaurant A, where the host, manager and owner work, and about B, where they do not:
 * OWN = done at A, "not found" at B. The rows are compared with every endpoint the live config
 * mounts beyond Payload's own, so a new endpoint without a row fails the suite, and so does a row
 * whose endpoint is gone.
 *
 * 'ok' = done (2xx), 'redirect' = sent on elsewhere (3xx), a number = refused with that status.
 * A diner sends their session both ways a client could: the diner cookie and a JWT header.
 */
type Outcome = 'ok' | 'redirect' | 400 | 401 | 403 | 404 | 422
type Cell = Outcome | readonly [atA: Outcome, atB: Outcome]
const ROLES = ['anonymous', 'diner', 'host', 'manager', 'owner', 'admin'] as const
type Role = (typeof ROLES)[number]
type Row = { scoped: boolean; roles: Record<Role, Cell> }

const who = (anonymous: Cell, diner: Cell, host: Cell, manager: Cell, owner: Cell, admin: Cell, scoped = false): Row => ({
  scoped,
  roles: { anonymous, diner, host, manager, owner, admin },
})
/** Called about restaurant A, then B; a single outcome means the same at both. */
const about = (anonymous: Cell, diner: Cell, host: Cell, manager: Cell, owner: Cell, admin: Cell) => who(anonymous, diner, host, manager, owner, admin, true)
const everyone = (outcome: Outcome) => who(outcome, outcome, outcome, outcome, outcome, outcome)
const OWN = ['ok', 404] as const
const dinerOnly = who(401, 'ok', 401, 401, 401, 401)

const ENDPOINTS = {
  // Probes and monitoring. Metrics answer to their bearer token, never to a session.
  'GET /health': everyone('ok'),
  'HEAD /health': everyone('ok'),
  'GET /ready': everyone('ok'),
  'HEAD /ready': everyone('ok'),
  'GET /metrics': everyone(401),
  // The API's contract and its reference page are public, like the API they describe.
  'GET /openapi.json': everyone('ok'),
  'GET /docs': everyone('ok'),
  'GET /docs/:file': everyone('ok'),
  // Payload's Next adapter: the admin's Open Graph image, from the query string only.
  'GET /og': everyone('ok'),
  // The SEO plugin's suggestions only reformat the document they are sent.
  'POST /plugin-seo/generate-title': everyone('ok'),
  'POST /plugin-seo/generate-description': everyone('ok'),
  'POST /plugin-seo/generate-url': everyone('ok'),
  'POST /plugin-seo/generate-image': everyone('ok'),
  // Stripe's signature is the only credential: a session adds nothing.
  'POST /stripe/webhooks': everyone(400),

  // Diner accounts: open doors for signing up and in, the account itself only to its diner.
  'POST /customers/register': everyone('ok'),
  'POST /customers/login': everyone('ok'),
  'POST /customers/logout': everyone('ok'),
  'POST /customers/refresh-token': dinerOnly,
  'GET /customers/me': dinerOnly,
  'POST /customers/forgot-password': everyone('ok'),
  'POST /customers/reset-password': everyone('ok'),
  'POST /customers/first-register': everyone(404),
  'GET /customers/bookings': dinerOnly,
  'GET /customers/export': dinerOnly,
  'DELETE /customers/account': dinerOnly,
  'PATCH /customers/profile': dinerOnly,
  'GET /customers/oauth/:provider': everyone('redirect'),
  // Without the pending sign-in cookie: back to the sign-in page with an error, whoever asks.
  'GET /customers/oauth/:provider/callback': everyone('redirect'),

  // A restaurant's pages: availability is public; the rest is staff of that restaurant.
  'GET /restaurants/:slug/availability': about('ok', 'ok', 'ok', 'ok', 'ok', 'ok'),
  'GET /restaurants/:slug/service': about(401, 404, OWN, OWN, OWN, 'ok'),
  'GET /restaurants/:slug/calendar': about(401, 404, OWN, OWN, OWN, 'ok'),
  'GET /restaurants/:slug/analytics': about(401, 404, 404, OWN, OWN, 'ok'),
  'GET /restaurants/:slug/trends': about(401, 404, 404, OWN, OWN, 'ok'),
  'GET /restaurants/:slug/reports': about(401, 404, 404, OWN, OWN, 'ok'),
  // Guests' feedback, comments included: managers and owners, never hosts.
  'GET /restaurants/:slug/feedback': about(401, 404, 404, OWN, OWN, 'ok'),
  // The booking funnel: the wizard's step counts come from anyone (nothing about them is kept); the figures are the managers'.
  'POST /restaurants/:slug/funnel-events': about('ok', 'ok', 'ok', 'ok', 'ok', 'ok'),
  'GET /restaurants/:slug/funnel': about(401, 404, 404, OWN, OWN, 'ok'),
  'POST /restaurants/:slug/walk-in': about(401, 404, OWN, OWN, OWN, 'ok'),
  'GET /restaurants/:slug/staff-availability': about(401, 404, OWN, OWN, OWN, 'ok'),
  'GET /restaurants/:slug/guests': about(401, 404, OWN, OWN, OWN, 'ok'),
  'POST /restaurants/:slug/staff-bookings': about(401, 404, OWN, OWN, OWN, 'ok'),

  // Bookings: anyone books; the secret link is the only key to a guest's booking. These are called
  // at C, a restaurant the host, manager and owner do not work for: a staff session riding along
  // must neither help nor hinder a diner's booking.
  'POST /reservations/book': everyone('ok'),
  'GET /reservations/manage/:token': everyone('ok'),
  'PUT /reservations/manage/:token': everyone('ok'),
  'PATCH /reservations/manage/:token': everyone('ok'),
  'GET /reservations/manage/:token/calendar': everyone('ok'),
  'POST /reservations/manage/:token/pay': everyone('ok'),
  'DELETE /reservations/manage/:token': everyone('ok'),
  'PATCH /reservations/manage/:token/guest': everyone('ok'),
  'POST /reservations/manage/:token/email': everyone('ok'),
  'POST /reservations/manage/:token/email/confirm': everyone('ok'),
  // The same 202 whether or not the pair matched, for anyone: a session gives no edge.
  'POST /reservations/find': everyone('ok'),
  // The feedback link emailed after a visit is its only key, as the booking's link is.
  'GET /feedback/by-token/:token': everyone('ok'),
  'POST /feedback/by-token/:token': everyone('ok'),
  'POST /feedback/by-token/:token/opt-out': everyone('ok'),
  // Replaying a morning's feedback requests or reports is an operator's act.
  'POST /feedback/run': who(401, 401, 403, 403, 403, 'ok'),
  // Staff work on their restaurant's bookings; refunds are a manager's call.
  'POST /reservations/bulk-status': about(401, 404, OWN, OWN, OWN, 'ok'),
  'GET /reservations/export': about(401, 404, OWN, OWN, OWN, 'ok'),
  'POST /reservations/:id/refund': about(401, 404, [403, 404], OWN, OWN, 'ok'),
  'POST /reservations/:id/status': about(401, 404, OWN, OWN, OWN, 'ok'),

  // Guest profiles: a host may look for duplicates, merging them is a manager's call.
  'POST /guests/:id/merge': about(401, 404, [403, 404], OWN, OWN, 'ok'),
  'GET /guests/:id/duplicates': about(401, 404, OWN, OWN, OWN, 'ok'),
  // At C, like booking.
  'POST /waitlist/join': everyone('ok'),
  // Clearing a table's bookings onto other tables is a manager's call, like editing the table.
  'POST /tables/:id/move-bookings': about(401, 404, [403, 404], OWN, OWN, 'ok'),
  // Owners invite their team to their own restaurants; managers and hosts do not invite.
  'POST /users/invite': about(401, 401, 403, 403, ['ok', 403], 'ok'),
  // A partner's API key only (tests/int/integrations.test.ts): no session of any kind opens them.
  'GET /integrations/bookings/:reference': everyone(401),
  'PATCH /integrations/bookings/:reference': everyone(401),
  'DELETE /integrations/bookings/:reference': everyone(401),
  'GET /integrations/feed/:kind': everyone(401),
  // A restaurant's webhooks are its owners': managers read them (403 to act), others do not know they exist.
  'POST /webhook-endpoints/:id/test': about(401, 404, 404, [403, 404], OWN, 'ok'),
  'POST /webhook-endpoints/:id/rotate-secret': about(401, 404, 404, [403, 404], OWN, 'ok'),
} satisfies Record<string, Row>

type Key = keyof typeof ENDPOINTS
type Place = { id: number; slug: string }
type Call = { path: string; body?: unknown; headers?: Record<string, string>; outcome?: (response: Response) => Outcome }
type Response = Awaited<ReturnType<typeof api>>

let payload: Payload
let since: string
/** Invitations are emailed as they are made: the mail has somewhere to go. */
const smtp = new SmtpSink(Number(process.env.SMTP_PORT))
let A: Place
let B: Place
/** A restaurant made for the test, for the public endpoints that book (deposits from 6 guests). */
let C: Place
const tokens: Partial<Record<Role, string>> = {}
const countsBefore: Record<string, number> = {}
const env: Record<string, string | undefined> = {}

let counter = 0
const unique = () => `${Date.now().toString(36)}${++counter}`
const probeEmail = () => `endpoint-probe-${unique()}@example.com`
/** Far ahead, one day per booking, so no two probes ever want the same table. */
let day = 30
const nextDay = () => ++day
/** A day Le Petit Zinc serves lunch at 12:00: it is closed on Mondays, whichever the run's date makes the 39th day. */
const nextLunchDay = () => {
  let next = nextDay()
  while (new Date(`${parisTime(next, '12:00').date}T12:00:00Z`).getUTCDay() === 1) next = nextDay()
  return next
}
const today = parisTime(0, '12:00').date
const inAWeek = parisTime(7, '12:00').date
const aMonthAgo = parisTime(-30, '12:00').date
const PASSWORD = 'a-long-probe-password'

/** A refusal inside bulk-status's 200 answer: each booking's fate is reported on its own. */
function bulkOutcome(res: Response): Outcome {
  if (res.status !== 200) return outcomeOf(res.status)
  const [result] = res.json.results as Array<{ ok: boolean; error?: string }>
  if (result!.ok) return 'ok'
  if (result!.error === 'No such reservation') return 404
  throw new Error(`bulk-status refused for another reason: ${result!.error}`)
}

const booking = (at: Place, extra: Partial<Reservation> = {}) => existingBooking(payload, at.id, nextDay(), '12:00', 'confirmed', extra)
const guest = (at: Place) => payload.create({ collection: 'guests', data: { name: 'Endpoint Probe', email: probeEmail(), restaurants: [at.id] } })
const table = (at: Place) =>
  payload.create({ collection: 'tables', data: { restaurant: at.id, label: `P${unique()}`.slice(0, 20), area: 'bar', minCapacity: 1, maxCapacity: 4, bookableOnline: false, active: true } })
const diner = async () => {
  const email = probeEmail()
  await payload.create({ collection: 'customers', data: { email, name: 'Probe', password: PASSWORD, locale: 'en', _verified: true }, disableVerificationEmail: true })
  return email
}
async function manageToken(partySize = 2): Promise<string> {
  const res = await api('POST', '/reservations/book', {
    body: { restaurant: C.slug, startsAt: parisTime(nextDay(), '19:00').iso, partySize, guest: { name: 'Endpoint Probe', email: probeEmail() }, locale: 'en' },
  })
  if (res.status !== 201) throw new Error(`booking for a probe failed: ${res.status} ${res.text}`)
  return res.json.manageToken
}
/** A visit at C yesterday, asked for feedback: the secret of its feedback link. */
async function feedbackToken(): Promise<string> {
  const guest = await payload.create({ collection: 'guests', data: { name: 'Endpoint Probe', email: probeEmail(), restaurants: [C.id] }, overrideAccess: true })
  const visit = await existingBooking(payload, C.id, -1, '20:00', 'completed', { guest: guest.id })
  const { token, hash, salt } = newFeedbackToken()
  await payload.create({ collection: 'feedback', data: { restaurant: C.id, reservation: visit.id, guest: guest.id, visitDate: parisTime(-1, '20:00').date, tokenHash: hash, tokenSalt: salt }, overrideAccess: true })
  return token
}
const seoCall = (path: string): Call => ({ path, body: { doc: { title: 'Probe' }, collectionSlug: 'pages', locale: 'en' } })

/** How each row is called: a fresh document where the call changes one, so every role finds it as the first did. */
/** An inactive endpoint at a closed port: the test event is answered (not delivered) at once. */
const webhookEndpoint = (at: Place) =>
  payload.create({ collection: 'webhook-endpoints', data: { restaurant: at.id, name: 'Probe', url: 'http://127.0.0.1:9/probe', events: ['reservation.created'], active: false }, overrideAccess: true })

const REQUESTS: Record<Key, (at: Place) => Call | Promise<Call>> = {
  'GET /health': () => ({ path: '/health' }),
  'HEAD /health': () => ({ path: '/health' }),
  'GET /ready': () => ({ path: '/ready' }),
  'HEAD /ready': () => ({ path: '/ready' }),
  'GET /metrics': () => ({ path: '/metrics' }),
  'GET /openapi.json': () => ({ path: '/openapi.json' }),
  'GET /docs': () => ({ path: '/docs' }),
  'GET /docs/:file': () => ({ path: '/docs/reference.js' }),
  'GET /og': () => ({ path: '/og?title=Probe' }),
  'POST /plugin-seo/generate-title': () => seoCall('/plugin-seo/generate-title'),
  'POST /plugin-seo/generate-description': () => seoCall('/plugin-seo/generate-description'),
  'POST /plugin-seo/generate-url': () => seoCall('/plugin-seo/generate-url'),
  'POST /plugin-seo/generate-image': () => seoCall('/plugin-seo/generate-image'),
  'POST /stripe/webhooks': () => ({ path: '/stripe/webhooks', body: { id: 'evt_probe', type: 'checkout.session.completed' }, headers: { 'stripe-signature': 't=1,v1=forged' } }),

  // An address that already has an account: the same answer, and nothing is created.
  'POST /customers/register': async () => ({ path: '/customers/register', body: { name: 'Probe', email: await diner(), password: PASSWORD } }),
  'POST /customers/login': async () => ({ path: '/customers/login', body: { email: await diner(), password: PASSWORD } }),
  'POST /customers/logout': () => ({ path: '/customers/logout' }),
  'POST /customers/refresh-token': () => ({ path: '/customers/refresh-token' }),
  'GET /customers/me': () => ({ path: '/customers/me' }),
  // An address without an account: Payload sends nothing.
  'POST /customers/forgot-password': () => ({ path: '/customers/forgot-password', body: { email: probeEmail() } }),
  'POST /customers/reset-password': async () => {
    const token = await payload.forgotPassword({ collection: 'customers', data: { email: await diner() }, disableEmail: true })
    return { path: '/customers/reset-password', body: { token, password: 'another-long-password' } }
  },
  'POST /customers/first-register': () => ({ path: '/customers/first-register', body: { email: probeEmail(), password: PASSWORD } }),
  'GET /customers/bookings': () => ({ path: '/customers/bookings' }),
  'GET /customers/export': () => ({ path: '/customers/export' }),
  'DELETE /customers/account': () => ({ path: '/customers/account', body: { confirm: true } }),
  'PATCH /customers/profile': () => ({ path: '/customers/profile', body: { name: 'Probe Diner', phone: '', locale: 'en' } }),
  'GET /customers/oauth/:provider': () => ({ path: '/customers/oauth/facebook?locale=en' }),
  'GET /customers/oauth/:provider/callback': () => ({ path: '/customers/oauth/facebook/callback?code=probe&state=probe' }),

  'GET /restaurants/:slug/availability': (at) => ({ path: `/restaurants/${at.slug}/availability?date=${inAWeek}&party=2` }),
  'GET /restaurants/:slug/service': (at) => ({ path: `/restaurants/${at.slug}/service?date=${today}` }),
  'GET /restaurants/:slug/calendar': (at) => ({ path: `/restaurants/${at.slug}/calendar?from=${today}&to=${inAWeek}` }),
  'GET /restaurants/:slug/analytics': (at) => ({ path: `/restaurants/${at.slug}/analytics?from=${aMonthAgo}&to=${today}` }),
  'GET /restaurants/:slug/trends': (at) => ({ path: `/restaurants/${at.slug}/trends?from=${aMonthAgo}&to=${today}&granularity=week` }),
  'GET /restaurants/:slug/feedback': (at) => ({ path: `/restaurants/${at.slug}/feedback?from=${aMonthAgo}&to=${today}` }),
  'GET /restaurants/:slug/reports': (at) => ({ path: `/restaurants/${at.slug}/reports?from=${aMonthAgo}&to=${today}&granularity=week&format=csv` }),
  'POST /restaurants/:slug/funnel-events': (at) => ({ path: `/restaurants/${at.slug}/funnel-events`, body: { marker: FUNNEL_MARKER, source: 'site', steps: ['seen'] } }),
  'GET /restaurants/:slug/funnel': (at) => ({ path: `/restaurants/${at.slug}/funnel?from=${aMonthAgo}&to=${today}` }),
  'POST /restaurants/:slug/walk-in': async (at) => ({ path: `/restaurants/${at.slug}/walk-in`, body: { table: (await table(at)).id, partySize: 2, guestName: 'Probe' } }),
  'GET /restaurants/:slug/staff-availability': (at) => ({ path: `/restaurants/${at.slug}/staff-availability?date=${inAWeek}&party=2` }),
  'GET /restaurants/:slug/guests': (at) => ({ path: `/restaurants/${at.slug}/guests?q=probe` }),
  'POST /restaurants/:slug/staff-bookings': (at) => ({
    path: `/restaurants/${at.slug}/staff-bookings`,
    body: { date: parisTime(nextLunchDay(), '12:00').date, time: '12:00', partySize: 2, guest: { name: 'Endpoint Probe' }, sendConfirmation: false },
  }),

  'POST /reservations/book': () => ({
    path: '/reservations/book',
    body: { restaurant: C.slug, startsAt: parisTime(nextDay(), '19:00').iso, partySize: 2, guest: { name: 'Endpoint Probe', email: probeEmail() }, locale: 'en' },
  }),
  'GET /feedback/by-token/:token': async () => ({ path: `/feedback/by-token/${await feedbackToken()}` }),
  'POST /feedback/by-token/:token': async () => ({ path: `/feedback/by-token/${await feedbackToken()}`, body: { score: 5, comment: 'Probe' } }),
  // A morning long ago: the job finds no visit to ask about.
  'POST /feedback/run': () => ({ path: '/feedback/run', body: { job: 'requestFeedback', at: '2020-01-08T10:00:00+01:00' } }),
  'POST /feedback/by-token/:token/opt-out': async () => ({ path: `/feedback/by-token/${await feedbackToken()}/opt-out` }),
  'GET /reservations/manage/:token': async () => ({ path: `/reservations/manage/${await manageToken()}` }),
  'PUT /reservations/manage/:token': async () => ({ path: `/reservations/manage/${await manageToken()}`, body: { specialRequests: 'Probe' } }),
  'PATCH /reservations/manage/:token': async () => ({ path: `/reservations/manage/${await manageToken()}`, body: { specialRequests: 'Probe' } }),
  'GET /reservations/manage/:token/calendar': async () => ({ path: `/reservations/manage/${await manageToken()}/calendar` }),
  // Six guests at C owe a deposit: the booking waits for payment, and can be sent to pay again.
  'POST /reservations/manage/:token/pay': async () => ({ path: `/reservations/manage/${await manageToken(6)}/pay` }),
  'DELETE /reservations/manage/:token': async () => ({ path: `/reservations/manage/${await manageToken()}` }),
  'PATCH /reservations/manage/:token/guest': async () => ({ path: `/reservations/manage/${await manageToken()}/guest`, body: { name: 'Probe Corrected' } }),
  'POST /reservations/manage/:token/email': async () => ({ path: `/reservations/manage/${await manageToken()}/email`, body: { email: probeEmail() } }),
  // The link the new address receives, signed as the server signs it.
  'POST /reservations/manage/:token/email/confirm': async () => {
    const token = await manageToken()
    const { docs } = await payload.find({ collection: 'reservations', where: { manageTokenHash: { equals: hashManageToken(token) } }, limit: 1, depth: 0 })
    const booked = docs[0]!
    const claim = { reservation: booked.id, email: probeEmail(), expiresAt: new Date(Date.now() + 3_600_000).toISOString(), from: addressFingerprint(booked.guestEmail) }
    return { path: `/reservations/manage/${token}/email/confirm`, body: { token: signEmailChange(claim) } }
  },
  'POST /reservations/find': () => ({ path: '/reservations/find', body: { reference: newBookingReference(), email: probeEmail(), locale: 'en' } }),
  'POST /reservations/bulk-status': async (at) => ({ path: '/reservations/bulk-status', body: { ids: [(await booking(at)).id], status: 'cancelled' }, outcome: bulkOutcome }),
  'GET /reservations/export': (at) => ({ path: `/reservations/export?restaurant=${at.slug}&from=${aMonthAgo}&to=${today}` }),
  'POST /reservations/:id/refund': async (at) => {
    const paid = await booking(at, { deposit: { required: true, amountMinor: 3000, currency: 'EUR', status: 'paid', refundedMinor: 0 } })
    return { path: `/reservations/${paid.id}/refund`, body: { amountMinor: 500, reason: 'Probe refund' } }
  },
  'POST /reservations/:id/status': async (at) => ({ path: `/reservations/${(await booking(at)).id}/status`, body: { status: 'cancelled' } }),

  'POST /guests/:id/merge': async (at) => {
    const [kept, duplicate] = [await guest(at), await guest(at)]
    return { path: `/guests/${kept.id}/merge`, body: { duplicate: duplicate.id } }
  },
  'GET /guests/:id/duplicates': async (at) => ({ path: `/guests/${(await guest(at)).id}/duplicates` }),
  'POST /tables/:id/move-bookings': async (at) => ({ path: `/tables/${(await table(at)).id}/move-bookings`, body: {} }),
  'POST /webhook-endpoints/:id/test': async (at) => ({ path: `/webhook-endpoints/${(await webhookEndpoint(at)).id}/test`, body: {} }),
  'POST /webhook-endpoints/:id/rotate-secret': async (at) => ({ path: `/webhook-endpoints/${(await webhookEndpoint(at)).id}/rotate-secret`, body: {} }),
  'POST /users/invite': (at) => ({ path: '/users/invite', body: { email: `invite-probe-${unique()}@example.com`, name: 'Probe', role: 'host', restaurants: [at.id], language: 'en' } }),
  'GET /integrations/bookings/:reference': () => ({ path: `/integrations/bookings/${newBookingReference()}` }),
  'PATCH /integrations/bookings/:reference': () => ({ path: `/integrations/bookings/${newBookingReference()}`, body: { partySize: 2 } }),
  'DELETE /integrations/bookings/:reference': () => ({ path: `/integrations/bookings/${newBookingReference()}` }),
  'GET /integrations/feed/:kind': () => ({ path: '/integrations/feed/availability' }),
  'POST /waitlist/join': () => ({
    path: '/waitlist/join',
    body: { restaurant: C.slug, date: parisTime(nextDay(), '19:00').date, windowStart: '19:00', windowEnd: '21:00', partySize: 2, guest: { name: 'Endpoint Probe', email: probeEmail() } },
  }),
}

/** What the role sends: nothing, a new diner's session (some probes end it), or a staff token. */
async function sessionOf(role: Role): Promise<{ token?: string; headers?: Record<string, string> }> {
  if (role === 'anonymous') return {}
  if (role === 'diner') {
    const token = (await signedInDiner(payload, probeEmail(), 'Probe', PASSWORD)).cookies.get('techplus-diner')!
    return { token, headers: { Cookie: `techplus-diner=${token}` } }
  }
  return { token: tokens[role] }
}

const outcomeOf = (status: number): Outcome => (status < 300 ? 'ok' : status < 400 ? 'redirect' : (status as Outcome))

async function probe(key: Key, role: Role, at: Place): Promise<Outcome> {
  const { path, body, headers, outcome } = await REQUESTS[key](at)
  const session = await sessionOf(role)
  const method = key.split(' ')[0] as Parameters<typeof api>[0]
  const res = await api(method, path, { token: session.token, body, headers: { ...session.headers, ...headers } })
  return outcome ? outcome(res) : outcomeOf(res.status)
}

/** Every document the probes leave behind was made during this file: swept by date, then counted. */
const SWEPT: CollectionSlug[] = ['feedback', 'webhook-deliveries', 'webhook-endpoints', 'reservations', 'waitlist', 'guests', 'tables', 'restaurants', 'customers', 'users', 'message-log', 'payment-events', 'payload-jobs', 'audit-log']
const counted = () => [...payload.config.collections.map((c) => c.slug).filter((s) => !s.startsWith('payload-')), 'payload-jobs'] as CollectionSlug[]

beforeAll(async () => {
  payload = await testPayload()
  await smtp.start()
  since = new Date().toISOString()
  for (const slug of counted()) countsBefore[slug] = (await payload.count({ collection: slug, overrideAccess: true })).totalDocs
  const bySlug = async (slug: string) => ({ id: (await payload.find({ collection: 'restaurants', where: { slug: { equals: slug } }, depth: 0 })).docs[0]!.id, slug })
  A = await bySlug('le-petit-zinc')
  B = await bySlug('la-cantine-du-port')
  const probes = await createTestRestaurant(payload, `endpoint-probes-${unique()}`, [{ label: 'E1', min: 1, max: 8 }], { deposit: { mode: 'per_person', amountMinor: 1000, fromPartySize: 6 } })
  C = { id: probes.restaurant.id, slug: probes.restaurant.slug! }
  tokens.host = await login('host@techplus.test', 'techplus-host')
  tokens.manager = await login('manager@techplus.test', 'techplus-manager')
  tokens.owner = await login('owner@techplus.test', 'techplus-owner')
  tokens.admin = await login('admin@techplus.test', 'techplus-admin')
  // Metrics behind a token, as in production; Facebook sign-in configured (its endpoints need no network).
  for (const [name, value] of Object.entries({ METRICS_TOKEN: 'probe-metrics-token', FACEBOOK_CLIENT_ID: 'probe-app', FACEBOOK_CLIENT_SECRET: 'probe-secret' })) {
    env[name] = process.env[name]
    process.env[name] = value
  }
})

afterAll(async () => {
  await smtp.stop()
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined) delete process.env[name]
    else process.env[name] = value
  }
  for (const role of ['host', 'manager', 'owner', 'admin'] as const) await api('POST', '/users/logout', { token: tokens[role] })
  // Newest kinds first (a booking before its guest, a table before its restaurant); the audit trail of the deletes last.
  for (const slug of SWEPT) await payload.delete({ collection: slug, where: { createdAt: { greater_than_equal: since } }, overrideAccess: true, context: { seeding: true } })
  for (const slug of counted()) expect([slug, (await payload.count({ collection: slug, overrideAccess: true })).totalDocs]).toEqual([slug, countsBefore[slug]])
})

it('has a row for every endpoint we mount, and none for an endpoint that is gone', async () => {
  const mounted = await mountedEndpoints(payload.config)
  expect(mounted.sort()).toEqual(Object.keys(ENDPOINTS).sort())
})

const show = (cell: Cell, scoped: boolean) => (typeof cell === 'object' ? `A ${cell[0]}, B ${cell[1]}` : scoped ? `A ${cell}, B ${cell}` : String(cell))

describe.each(Object.keys(ENDPOINTS) as Key[])('%s', (key) => {
  it.each(ROLES)('as %s', async (role) => {
    const { scoped, roles } = ENDPOINTS[key] as Row
    const seen: Cell = scoped ? [await probe(key, role, A), await probe(key, role, B)] : await probe(key, role, C)
    // Printed whole: the assertion message shortens long strings.
    const line = (cell: Cell) => `${key} as ${role}: ${show(cell, scoped)}`
    if (line(seen) !== line(roles[role])) console.log(`MISMATCH ${line(seen)} || expected ${line(roles[role])}`)
    expect(line(seen)).toBe(line(roles[role]))
  })
})

describe("Payload's job queue over HTTP", () => {
  const RUN: Record<Role, Outcome> = { anonymous: 401, diner: 401, host: 401, manager: 401, owner: 401, admin: 'ok' }
  it.each(ROLES)('GET /payload-jobs/run as %s', async (role) => {
    const session = await sessionOf(role)
    // disableScheduling and a queue nobody uses: the call proves access without running anyone's jobs.
    const res = await api('GET', '/payload-jobs/run?queue=endpoint-probe&disableScheduling=true', { token: session.token, headers: session.headers })
    expect(`${role}: ${outcomeOf(res.status)}`).toBe(`${role}: ${RUN[role]}`)
  })

  it('lets a scheduler holding CRON_SECRET run the queue, and no one with a wrong one', async () => {
    env.CRON_SECRET = process.env.CRON_SECRET
    process.env.CRON_SECRET = 'probe-cron-secret'
    const call = (secret: string) => api('GET', '/payload-jobs/run?queue=endpoint-probe&disableScheduling=true', { headers: { Authorization: `Bearer ${secret}` } })
    expect((await call('probe-cron-secret')).status).toBe(200)
    expect((await call('probe-cron-secreT')).status).toBe(401)
  })
})
