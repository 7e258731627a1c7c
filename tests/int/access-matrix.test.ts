import { formatNames, type CollectionSlug, type Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { signedInDiner } from '../support/diners'
import { api, gql, login } from '../support/http'
import { testPayload } from '../support/payload'

/**
 * Who may do what, to which restaurant's documents: one table for every collection, role and
 * operation, checked over REST and GraphQL. "own" = allowed on restaurant A's document (the one
 * the role works for; for staff accounts, their own account) and refused on B's; "all" = both;
 * "none" = neither. A collection missing from the table fails the suite, so no new collection
 * ships without deciding its rules.
 */
type Scope = 'all' | 'own' | 'none'
type Rules = { read: Scope; create: Scope; update: Scope; delete: Scope }
const ROLES = ['anonymous', 'diner', 'host', 'manager', 'owner', 'admin'] as const
type Role = (typeof ROLES)[number]
type Row = Record<Role, Rules>

const r = (read: Scope, create: Scope, update: Scope, remove: Scope): Rules => ({ read, create, update, delete: remove })
const NONE = r('none', 'none', 'none', 'none')
// A signed-in diner is no one to Payload's collections: they act through their own endpoints only.
const scoped = (host: Rules, manager: Rules, owner: Rules, anonymous = NONE): Row => ({ anonymous, diner: anonymous, host, manager, owner, admin: r('all', 'all', 'all', 'all') })

const MATRIX: Record<string, Row> = {
  restaurants: { ...scoped(r('all', 'none', 'none', 'none'), r('all', 'none', 'own', 'none'), r('all', 'none', 'own', 'none'), r('all', 'none', 'none', 'none')) },
  tables: scoped(r('all', 'none', 'none', 'none'), r('all', 'own', 'own', 'own'), r('all', 'own', 'own', 'own'), r('all', 'none', 'none', 'none')),
  'menu-categories': scoped(r('all', 'none', 'none', 'none'), r('all', 'own', 'own', 'own'), r('all', 'own', 'own', 'own'), r('all', 'none', 'none', 'none')),
  'menu-items': scoped(r('all', 'none', 'none', 'none'), r('all', 'own', 'own', 'own'), r('all', 'own', 'own', 'own'), r('all', 'none', 'none', 'none')),
  media: scoped(r('all', 'none', 'none', 'none'), r('all', 'all', 'all', 'all'), r('all', 'all', 'all', 'all'), r('all', 'none', 'none', 'none')),
  // A restaurant's pages are written by its managers and owners, like its menu (the group's own pages: tests/int/group-site.test.ts).
  pages: scoped(r('all', 'none', 'none', 'none'), r('all', 'own', 'own', 'own'), r('all', 'own', 'own', 'own'), r('all', 'none', 'none', 'none')),
  reservations: scoped(r('own', 'own', 'own', 'none'), r('own', 'own', 'own', 'none'), r('own', 'own', 'own', 'own')),
  guests: scoped(r('own', 'own', 'own', 'none'), r('own', 'own', 'own', 'none'), r('own', 'own', 'own', 'own')),
  waitlist: scoped(r('own', 'own', 'own', 'own'), r('own', 'own', 'own', 'own'), r('own', 'own', 'own', 'own')),
  // Anyone writes to a restaurant through the form; staff only file messages for their own.
  'contact-messages': scoped(r('own', 'own', 'own', 'none'), r('own', 'own', 'own', 'own'), r('own', 'own', 'own', 'own'), r('none', 'all', 'none', 'none')),
  'message-log': { ...scoped(NONE, r('own', 'none', 'none', 'none'), r('own', 'none', 'none', 'none')), admin: r('all', 'none', 'none', 'all') },
  'payment-events': { ...scoped(NONE, NONE, NONE), admin: r('all', 'none', 'none', 'all') },
  'audit-log': { ...scoped(NONE, NONE, r('own', 'none', 'none', 'none')), admin: r('all', 'none', 'none', 'none') },
  // Diners' accounts: their own endpoints for themselves; admins may look one up for support.
  customers: { ...scoped(NONE, NONE, NONE), admin: r('all', 'none', 'all', 'all') },
  users: { ...scoped(r('own', 'none', 'own', 'none'), r('own', 'none', 'own', 'none'), r('own', 'none', 'own', 'none')), admin: r('all', 'all', 'all', 'all') },
  // Partners' API keys: owners give and revoke them for their restaurants; managers see who has access.
  integrations: scoped(NONE, r('own', 'none', 'none', 'none'), r('own', 'own', 'own', 'own')),
  // Webhooks: owners register them; managers read them and their delivery log, which nobody writes but the deliveries.
  'webhook-endpoints': scoped(NONE, r('own', 'none', 'none', 'none'), r('own', 'own', 'own', 'own')),
  'webhook-deliveries': { ...scoped(NONE, r('own', 'none', 'none', 'none'), r('own', 'none', 'none', 'none')), admin: r('all', 'none', 'none', 'all') },
  // Guests' feedback (comments included): managers and owners read it, hosts do not; only the guest's link writes it.
  feedback: { ...scoped(NONE, r('own', 'none', 'none', 'none'), r('own', 'none', 'none', 'none')), admin: r('all', 'none', 'none', 'all') },
}
/** Payload's own bookkeeping: never readable without signing in, covered by Payload's tests otherwise. */
const INTERNAL = ['payload-jobs', 'payload-locked-documents', 'payload-preferences', 'payload-migrations', 'payload-kv', 'payload-folders', 'payload-query-presets']

const ACCOUNTS: Record<Exclude<Role, 'anonymous' | 'diner'>, [string, string]> = {
  host: ['host@techplus.test', 'techplus-host'],
  manager: ['manager@techplus.test', 'techplus-manager'],
  owner: ['owner@techplus.test', 'techplus-owner'],
  admin: ['admin@techplus.test', 'techplus-admin'],
}

let payload: Payload
let A: number
let B: number
const tokens: Partial<Record<Role, string>> = {}
const self: Partial<Record<Role, number>> = {}
let counter = 0
const unique = () => `${Date.now().toString(36)}${++counter}`

/** A valid new document of the collection, for restaurant `restaurant`. */
async function sample(slug: string, restaurant: number): Promise<Record<string, unknown>> {
  const u = unique()
  switch (slug) {
    case 'restaurants':
      return { name: `Matrix ${u}`, slug: `matrix-${u}`, timeZone: 'Europe/Paris', currency: 'EUR', deposit: { mode: 'none' } }
    case 'tables':
      return { restaurant, label: `M${u}`.slice(0, 20), area: 'bar', minCapacity: 1, maxCapacity: 2 }
    case 'menu-categories':
      return { restaurant, name: `Matrix ${u}` }
    case 'menu-items': {
      const category = (await payload.find({ collection: 'menu-categories', where: { restaurant: { equals: restaurant } }, limit: 1, depth: 0 })).docs[0]!
      return { restaurant, name: `Matrix ${u}`, priceMinor: 900, category: category.id }
    }
    case 'media':
      return { alt: `Matrix ${u}` }
    case 'pages':
      return { title: `Matrix ${u}`, slug: `matrix-${u}`, _status: 'published', restaurant }
    case 'reservations':
      // Cancelled: holds no table, so the booking rules never stand in for access rules.
      return { restaurant, startsAt: '2031-03-05T19:00:00.000Z', partySize: 2, guestName: 'Matrix', status: 'cancelled', source: 'phone' }
    case 'guests':
      return { name: 'Matrix Guest', email: `matrix-${u}@example.com`, restaurants: [restaurant] }
    case 'waitlist':
      return { restaurant, date: '2031-03-05', windowStart: '19:00', windowEnd: '21:00', partySize: 2, guestName: 'Matrix', guestEmail: `w-${u}@example.com` }
    case 'contact-messages':
      return { restaurant, name: 'Matrix', email: `c-${u}@example.com`, subject: 'Matrix', message: 'Checking who may read this.' }
    case 'message-log':
      return { restaurant, channel: 'email', kind: 'confirmation', to: `m-${u}@example.com`, status: 'sent' }
    case 'payment-events':
      return { eventId: `evt_${u}`, type: 'checkout.session.completed' }
    case 'audit-log':
      return { action: 'update', entity: 'tables', summary: `Matrix ${u}`, restaurant }
    case 'customers':
      return { email: `matrix-diner-${u}@example.com`, name: 'Matrix Diner', password: 'matrix-password', _verified: true }
    case 'integrations':
      return { name: `Matrix ${u}`, restaurants: [restaurant], scopes: ['availability_read'], active: true }
    case 'webhook-endpoints':
      // Inactive: the probes' bookings at A and B must not send anything anywhere.
      return { restaurant, name: `Matrix ${u}`, url: 'https://hooks.example.com/matrix', events: ['reservation.created'], active: false }
    case 'webhook-deliveries': {
      const endpoint = await make('webhook-endpoints', restaurant)
      return { restaurant, endpoint: endpoint.id, eventId: `evt_${u}`, eventType: 'ping', attempt: 1, outcome: 'delivered', statusCode: 200 }
    }
    case 'feedback': {
      const reservation = await make('reservations', restaurant)
      return { restaurant, reservation: reservation.id, visitDate: '2031-03-05', score: 4, tokenHash: `matrix-${u}`, tokenSalt: 'matrix' }
    }
    case 'users':
      return { email: `matrix-${u}@techplus.test`, password: 'matrix-password', name: 'Matrix', roles: ['host'], restaurants: [restaurant] }
    default:
      throw new Error(`No sample for ${slug}`)
  }
}

/** A change that touches nothing that matters. */
const HARMLESS: Record<string, Record<string, unknown>> = {
  restaurants: { phone: '+33 1 00 00 00 00' },
  tables: { bookableOnline: true },
  'menu-categories': { order: 50 },
  'menu-items': { available: true },
  media: { alt: 'Matrix, updated' },
  pages: { title: 'Matrix, updated' },
  reservations: { internalNotes: 'matrix' },
  guests: { notes: 'matrix' },
  waitlist: { guestPhone: '+33600000000' },
  'contact-messages': { status: 'answered' },
  'message-log': { subject: 'matrix' },
  'payment-events': { outcome: 'matrix' },
  'audit-log': { summary: 'rewritten' },
  users: { name: 'Matrix, updated' },
  customers: { name: 'Matrix, updated' },
  integrations: { name: 'Matrix, updated' },
  'webhook-endpoints': { name: 'Matrix, updated' },
  'webhook-deliveries': { error: 'matrix' },
  feedback: { comment: 'matrix' },
}

/** Everything the probes made, removed at the end: other files count the demo's documents. */
const made: Array<{ slug: string; id: number }> = []

async function make(slug: string, restaurant: number) {
  const doc = await makeDoc(slug, restaurant)
  made.push({ slug, id: doc.id as number })
  return doc
}

async function makeDoc(slug: string, restaurant: number) {
  const data = await sample(slug, restaurant)
  if (slug === 'media') {
    const png = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#a33' } }).png().toBuffer()
    const file = { data: png, mimetype: 'image/png', name: `matrix-${unique()}.png`, size: png.length }
    return payload.create({ collection: 'media', data, file, overrideAccess: true, context: { seeding: true } } as never)
  }
  return payload.create({ collection: slug as CollectionSlug, data: data as never, overrideAccess: true, context: { seeding: true }, disableVerificationEmail: true })
}

beforeAll(async () => {
  payload = await testPayload()
  const restaurants = (await payload.find({ collection: 'restaurants', depth: 0, limit: 100 })).docs
  A = restaurants.find((x) => x.slug === 'le-petit-zinc')!.id
  B = restaurants.find((x) => x.slug === 'la-cantine-du-port')!.id
  for (const [role, [email, password]] of Object.entries(ACCOUNTS) as [Exclude<Role, 'anonymous' | 'diner'>, [string, string]][]) {
    tokens[role] = await login(email, password)
    self[role] = (await payload.find({ collection: 'users', where: { email: { equals: email } }, depth: 0 })).docs[0]!.id
  }
  // A diner holds their session both ways a client could send it: the diner cookie and a JWT header.
  const jar = await signedInDiner(payload, `matrix-diner-${unique()}@example.com`)
  tokens.diner = jar.cookies.get('techplus-diner')
})

afterAll(async () => {
  // Newest first: a reservation before the guest it may have created, a dish before its category.
  for (const { slug, id } of made.reverse()) {
    await payload.delete({ collection: slug as CollectionSlug, where: { id: { equals: id } }, overrideAccess: true, context: { seeding: true } })
  }
  // Probe restaurants, guest profiles and audit entries the probes' own hooks wrote.
  await payload.delete({ collection: 'guests', where: { email: { like: 'matrix-' } }, overrideAccess: true })
  await payload.delete({ collection: 'customers', where: { email: { like: 'matrix-diner-' } }, overrideAccess: true })
})

it('covers every collection: a new one must be given its rules here first', () => {
  const slugs = payload.config.collections.map((c) => c.slug).filter((s) => !INTERNAL.includes(s))
  expect(slugs.sort()).toEqual(Object.keys(MATRIX).sort())
})

const allowed = (status: number) => status >= 200 && status < 300

describe.each(Object.keys(MATRIX))('%s', (slug) => {
  it.each(ROLES)('as %s', async (role) => {
    const expected = MATRIX[slug]![role]
    const token = tokens[role]
    const headers = role === 'diner' ? { Cookie: `techplus-diner=${token}` } : undefined
    const gqlOn = payload.collections[slug as CollectionSlug].config.graphQL !== false
    const seen: Rules = { read: 'none', create: 'none', update: 'none', delete: 'none' }
    const scope = (onA: boolean, onB: boolean): Scope => (onA && onB ? 'all' : onA ? 'own' : onB ? 'all' : 'none')
    // For accounts, "A" is the role's own account; for restaurants, A itself.
    const docA = slug === 'users' ? (self[role] ?? (await make(slug, A)).id) : slug === 'restaurants' ? A : (await make(slug, A)).id
    const docB = slug === 'restaurants' ? B : (await make(slug, B)).id
    // Payload names GraphQL operations after the slug (and prefixes "all" when both forms are alike).
    const { singular, plural: pluralForm } = formatNames(slug)
    const plural = pluralForm === singular ? `all${singular}` : pluralForm

    // read, over REST and GraphQL: both must agree
    const readRest = async (id: number) => allowed((await api('GET', `/${slug}/${id}?depth=0`, { token, headers })).status)
    const readGql = async (id: number) => ((await gql(`{ ${plural}(where: { id: { equals: ${id} } }) { docs { id } } }`, { token })).json.data?.[plural!]?.docs?.length ?? 0) === 1
    seen.read = scope(await readRest(docA), await readRest(docB))
    if (gqlOn) expect([slug, role, 'graphql read', scope(await readGql(docA), await readGql(docB))]).toEqual([slug, role, 'graphql read', seen.read])

    // create: for A and for B (accounts and restaurants have no "own" to create)
    const createFor = async (restaurant: number) => {
      const res = await api('POST', `/${slug}`, { token, headers, body: await sample(slug, restaurant) })
      if (res.status === 201) made.push({ slug, id: res.json.doc.id })
      return res.status === 201
    }
    if (slug !== 'media') seen.create = scope(await createFor(A), await createFor(B))
    else seen.create = expected.create // uploads need multipart: covered by the admin tests

    // update with a harmless change
    const update = async (id: number) => allowed((await api('PATCH', `/${slug}/${id}`, { token, headers, body: HARMLESS[slug] })).status)
    seen.update = scope(await update(docA), await update(docB))

    // delete throwaway documents, over REST for A and GraphQL for B
    const throwA = slug === 'restaurants' || slug === 'users' ? (await make(slug, A)).id : (await make(slug, A)).id
    const throwB = (await make(slug, B)).id
    const goneA = allowed((await api('DELETE', `/${slug}/${throwA}`, { token, headers })).status)
    // Collections without GraphQL (diner accounts) are probed over REST both times.
    const goneB = gqlOn
      ? Boolean((await gql(`mutation { delete${singular}(id: ${throwB}) { id } }`, { token })).json.data?.[`delete${singular}`]?.id)
      : allowed((await api('DELETE', `/${slug}/${throwB}`, { token, headers })).status)
    // Restaurants and accounts made for the probe belong to nobody: only "all" reaches them.
    seen.delete = slug === 'restaurants' || slug === 'users' || slug === 'customers' ? (goneA && goneB ? 'all' : 'none') : scope(goneA, goneB)

    const line = (x: Rules) => `${slug} as ${role}: read ${x.read}, create ${x.create}, update ${x.update}, delete ${x.delete}`
    // Printed whole: the assertion message shortens long strings.
    if (line(seen) !== line(expected)) console.log(`MISMATCH ${line(seen)} || expected ${line(expected)}`)
    expect(line(seen)).toBe(line(expected))
  })
})

/**
 * Team management, on someone else's account: a host of the role's restaurant (A) and a host of
 * B, each read (REST and GraphQL), renamed, made manager, made owner, and disabled. "own" = done to
 * A's host and refused for B's. Owners manage their own restaurants' staff, up to manager; nobody
 * else but admins manages anyone (README, "Access rules").
 */
type TeamRules = { read: Scope; rename: Scope; promote: Scope; crown: Scope; disable: Scope }
const team = (read: Scope, rename: Scope, promote: Scope, crown: Scope, disable: Scope): TeamRules => ({ read, rename, promote, crown, disable })
const NOBODY = team('none', 'none', 'none', 'none', 'none')
const TEAM: Record<Role, TeamRules> = {
  anonymous: NOBODY,
  diner: NOBODY,
  host: NOBODY,
  manager: NOBODY,
  owner: team('own', 'own', 'own', 'none', 'own'),
  admin: team('all', 'all', 'all', 'all', 'all'),
}

describe('users: managing the team', () => {
  it.each(ROLES)('as %s', async (role) => {
    const token = tokens[role]
    const headers = role === 'diner' ? { Cookie: `techplus-diner=${token}` } : undefined
    const scope = (onA: boolean, onB: boolean): Scope => (onA && onB ? 'all' : onA ? 'own' : onB ? 'all' : 'none')
    const readRest = async (id: number) => allowed((await api('GET', `/users/${id}?depth=0`, { token, headers })).status)
    const readGql = async (id: number) => ((await gql(`{ Users(where: { id: { equals: ${id} } }) { docs { id } } }`, { token })).json.data?.Users?.docs?.length ?? 0) === 1
    /** A change counts when it is answered 2xx and the stored account shows it (field access may drop it silently). */
    const changes = async (body: Record<string, unknown>, stored: (user: Record<string, unknown>) => boolean) => {
      const onA = (await make('users', A)).id as number
      const onB = (await make('users', B)).id as number
      const done = async (id: number) => {
        const res = await api('PATCH', `/users/${id}?depth=0`, { token, headers, body })
        return allowed(res.status) && stored((await payload.findByID({ collection: 'users', id, depth: 0, overrideAccess: true })) as never)
      }
      return scope(await done(onA), await done(onB))
    }
    const hostA = (await make('users', A)).id as number
    const hostB = (await make('users', B)).id as number
    const seen: TeamRules = {
      read: scope(await readRest(hostA), await readRest(hostB)),
      rename: await changes({ name: 'Renamed by the team' }, (u) => u.name === 'Renamed by the team'),
      promote: await changes({ roles: ['manager'] }, (u) => JSON.stringify(u.roles) === '["manager"]'),
      crown: await changes({ roles: ['owner'] }, (u) => JSON.stringify(u.roles) === '["owner"]'),
      disable: await changes({ disabled: true }, (u) => u.disabled === true),
    }
    expect([role, 'graphql read', scope(await readGql(hostA), await readGql(hostB))]).toEqual([role, 'graphql read', seen.read])
    const line = (x: TeamRules) => `team as ${role}: read ${x.read}, rename ${x.rename}, promote ${x.promote}, crown ${x.crown}, disable ${x.disable}`
    if (line(seen) !== line(TEAM[role])) console.log(`MISMATCH ${line(seen)} || expected ${line(TEAM[role])}`)
    expect(line(seen)).toBe(line(TEAM[role]))
  })
})

it('keeps Payload’s own collections from anyone signed out', async () => {
  for (const slug of INTERNAL.filter((s) => payload.collections[s as CollectionSlug])) {
    const res = await api('GET', `/${slug}?limit=1`)
    expect([slug, allowed(res.status) && (res.json?.totalDocs ?? 0) > 0]).toEqual([slug, false])
  }
})
