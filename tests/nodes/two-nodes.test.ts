import { Redis } from 'ioredis'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { parisTime } from '../support/restaurants'
import { startTwoNodes, type AppNode, type TwoNodes } from '../support/twoNodes'

/**
 * Two production app nodes (scripts/server.mjs on the build in .next) on one Postgres and one
 * Redis, as behind a load balancer: what a guest or an owner notices when their requests land on
 * either. The last case kills node B.
 */
let nodes: TwoNodes
let a: AppNode
let b: AppNode
let db: pg.Client
let adminToken: string
let clients = 0

/** Each caller is another client address, as the proxy in front names it: budgets never carry over. */
const newClient = () => {
  clients++
  return `198.18.${Math.floor(clients / 250)}.${(clients % 250) + 1}`
}

async function call(node: AppNode, route: string, init: { method?: string; body?: unknown; token?: string; client?: string } = {}) {
  const headers: Record<string, string> = { 'X-Forwarded-For': init.client ?? newClient() }
  if (init.body !== undefined) headers['Content-Type'] = 'application/json'
  if (init.token) headers.Authorization = `JWT ${init.token}`
  const res = await fetch(`${node.base}${route}`, { method: init.method ?? 'GET', headers, body: init.body === undefined ? undefined : JSON.stringify(init.body) })
  const text = await res.text()
  let body: any = text
  try {
    body = JSON.parse(text)
  } catch {
    // a page
  }
  return { status: res.status, headers: res.headers, body }
}

async function signIn(node: AppNode, email: string, password: string): Promise<string> {
  const { status, body } = await call(node, '/api/users/login', { method: 'POST', body: { email, password } })
  expect(status).toBe(200)
  return body.token as string
}

/** Polls until `seen()` holds; the milliseconds it took, or null if not within `withinMs`. */
async function msUntil(seen: () => Promise<boolean>, withinMs: number): Promise<number | null> {
  const started = performance.now()
  while (performance.now() - started < withinMs) {
    if (await seen()) return Math.round(performance.now() - started)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  return null
}

/** A restaurant open 10:00–23:00 every day with `tables` two-seat tables, made through REST as the admin. */
async function restaurantWithTables(slug: string, tables: number) {
  const days = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']
  const { status, body } = await call(a, '/api/restaurants', {
    method: 'POST',
    token: adminToken,
    body: {
      name: `Nodes ${slug}`,
      slug,
      timeZone: 'Europe/Paris',
      services: [{ name: 'Service', days, start: '10:00', end: '23:00', lastSeating: '22:00' }],
      bookingRules: { slotIntervalMinutes: 15, minNoticeMinutes: 60, maxAdvanceDays: 90, maxPartyOnline: 8, bufferMinutes: 15, holdMinutes: 15, reminderLeadHours: 24, maxCoversPerSlot: 1000, maxBookingsPerSlot: 1000, turnTimes: [{ upToPartySize: 20, minutes: 90 }] },
      deposit: { mode: 'none' },
      cancellation: { freeUntilHours: 24, refundPercentAfter: 0 },
    },
  })
  expect(status).toBe(201)
  const ids: number[] = []
  for (let i = 1; i <= tables; i++) {
    const made = await call(a, '/api/tables', { method: 'POST', token: adminToken, body: { restaurant: body.doc.id, label: `T${i}`, area: 'dining_room', minCapacity: 1, maxCapacity: 2 } })
    expect(made.status).toBe(201)
    ids.push(made.body.doc.id)
  }
  return { id: body.doc.id as number, tableIds: ids }
}

function book(node: AppNode, slug: string, startsAt: string, n: number) {
  return call(node, '/api/reservations/book', {
    method: 'POST',
    body: { restaurant: slug, startsAt, partySize: 2, guest: { name: 'Guest Nodes', email: `nodes-${slug}-${n}@example.com` } },
  })
}

beforeAll(async () => {
  nodes = await startTwoNodes()
  ;({ a, b } = nodes)
  db = new pg.Client({ connectionString: nodes.databaseUri })
  await db.connect()
  adminToken = await signIn(a, 'admin@techplus.test', 'techplus-admin')
  // Each node connects to Redis at its first rate-limited request and counts alone until then:
  // each is asked until the server holds its count, as a node that has served for a while does.
  const redis = new Redis(nodes.redisUrl)
  try {
    for (const node of [a, b]) {
      const counted = await msUntil(async () => {
        const client = newClient()
        await call(node, '/api/restaurants?limit=1', { client })
        return (await redis.exists(`techplus:api:${client}`)) === 1
      }, 10_000)
      expect(counted, `node ${node.name} counts in Redis`).not.toBeNull()
    }
  } finally {
    redis.disconnect()
  }
}, 240_000)

afterAll(async () => {
  await db?.end()
  await nodes?.stop()
  if (nodes) console.log(`[nodes] logs of the seed and both nodes: ${nodes.logDir}`)
}, 60_000)

describe('two app nodes on one database and one Redis', () => {
  it('shows on node B’s menu page, within a second, a price the owner changed through node A', async () => {
    const owner = await signIn(a, 'owner@techplus.test', 'techplus-owner')
    const zinc = await call(a, '/api/restaurants?where[slug][equals]=le-petit-zinc&depth=0', { token: owner })
    const items = await call(a, `/api/menu-items?where[restaurant][equals]=${zinc.body.docs[0].id}&limit=1&depth=0`, { token: owner })
    const item = items.body.docs[0]
    const menu = async () => (await call(b, '/fr/le-petit-zinc/menu')).body as string
    const newPrice = item.priceMinor === 8743 ? 8744 : 8743
    const shown = `${Math.floor(newPrice / 100)},${newPrice % 100}`
    // B has rendered the page before the edit, as a busy node has.
    expect(await menu()).not.toContain(shown)
    const saved = await call(a, `/api/menu-items/${item.id}`, { method: 'PATCH', token: owner, body: { priceMinor: newPrice } })
    expect(saved.status).toBe(200)
    const ms = await msUntil(async () => (await menu()).includes(shown), 5_000)
    console.log(`[nodes] price changed on A seen on B's menu page after ${ms ?? '> 5000'} ms`)
    expect(ms, 'ms until B’s menu page shows the new price').not.toBeNull()
    expect(ms!).toBeLessThan(1_000)
  })

  it('replaces, within seconds of the save, a menu page that a slow render stored with the content from before it', async () => {
    const owner = await signIn(a, 'owner@techplus.test', 'techplus-owner')
    const zinc = await call(a, '/api/restaurants?where[slug][equals]=le-petit-zinc&depth=0', { token: owner })
    const item = (await call(a, `/api/menu-items?where[restaurant][equals]=${zinc.body.docs[0].id}&limit=1&sort=id&depth=0`, { token: owner })).body.docs[0]
    const menu = async () => (await call(b, '/fr/le-petit-zinc/menu')).body as string
    const euros = (minor: number) => `${Math.floor(minor / 100)},${String(minor % 100).padStart(2, '0')}`
    const before = item.priceMinor as number
    const after = before === 9317 ? 9318 : 9317
    const saved = await call(a, `/api/menu-items/${item.id}`, { method: 'PATCH', token: owner, body: { priceMinor: after } })
    expect(saved.status).toBe(200)
    const savedAt = performance.now()
    // The save has expired the page everywhere (well under a second, as above). A render that had
    // read the dish before the save and finished after that: the database still held the old price
    // while B rendered, and B stored that page as new.
    await new Promise((resolve) => setTimeout(resolve, 1_000))
    await db.query('update menu_items set price_minor = $1 where id = $2', [before, item.id])
    expect(await msUntil(async () => !(await menu()).includes(euros(after)), 2_000)).not.toBeNull()
    await db.query('update menu_items set price_minor = $1 where id = $2', [after, item.id])
    expect(await menu(), 'B serves the page stored with the old price').not.toContain(euros(after))
    // A second expiry after the save replaces it (without it, it would stay until the 5-minute safety TTL).
    const ms = await msUntil(async () => (await menu()).includes(euros(after)), 10_000)
    console.log(`[nodes] stale menu page replaced ${Math.round(performance.now() - savedAt)} ms after the save`)
    expect(ms, 'ms until B serves the saved price again').not.toBeNull()
    expect(performance.now() - savedAt).toBeLessThan(8_000)
  })

  it('stops offering a party of 2 on node B within a second of its only table shrinking on node A', async () => {
    const { tableIds } = await restaurantWithTables('deux-noeuds-tables', 1)
    const { date } = parisTime(3, '19:00')
    const offered = async () => {
      const { status, body } = await call(b, `/api/restaurants/deux-noeuds-tables/availability?date=${date}&party=2`)
      expect(status).toBe(200)
      return (body.slots as Array<{ available: boolean }>).some((slot) => slot.available)
    }
    // B has read the floor and keeps it in memory.
    expect(await offered()).toBe(true)
    expect(await offered()).toBe(true)
    const changed = await call(a, `/api/tables/${tableIds[0]}`, { method: 'PATCH', token: adminToken, body: { maxCapacity: 1 } })
    expect(changed.status).toBe(200)
    const ms = await msUntil(async () => !(await offered()), 1_000)
    console.log(`[nodes] table change on A seen by availability on B after ${ms ?? '> 1000'} ms`)
    expect(ms, 'ms until B stops offering the table').not.toBeNull()
    // And a new table on A is offered on B as soon.
    const added = await call(a, '/api/tables', { method: 'POST', token: adminToken, body: { restaurant: (await restaurantId('deux-noeuds-tables'))!, label: 'T9', area: 'dining_room', minCapacity: 1, maxCapacity: 2 } })
    expect(added.status).toBe(201)
    const addedMs = await msUntil(offered, 1_000)
    console.log(`[nodes] new table on A offered on B after ${addedMs ?? '> 1000'} ms`)
    expect(addedMs, 'ms until B offers the new table').not.toBeNull()
  })

  it('gives exactly 5 of 300 concurrent bookings for one slot on 5 tables, split across both nodes', async () => {
    const { id } = await restaurantWithTables('deux-noeuds-cinq', 5)
    const { iso } = parisTime(4, '20:00')
    const answers = await Promise.all(Array.from({ length: 300 }, (_, n) => book(n % 2 === 0 ? a : b, 'deux-noeuds-cinq', iso, n)))
    const statuses = answers.map((r) => r.status)
    const refusals = new Set(answers.filter((r) => r.status === 409).map((r) => r.body.errors?.[0]?.code))
    console.log(`[nodes] 300 bookings for one slot: ${statuses.filter((s) => s === 201).length} × 201, ${statuses.filter((s) => s === 409).length} × 409 (${[...refusals].join(', ')})`)
    expect(statuses.filter((s) => s >= 500)).toEqual([])
    expect(statuses.filter((s) => s === 201)).toHaveLength(5)
    expect(statuses.filter((s) => s === 409)).toHaveLength(295)
    expect([...refusals].every((code) => code === 'no_table' || code === 'table_taken')).toBe(true)
    const { rows } = await db.query(`select count(*)::int as n from reservations where restaurant_id = $1 and starts_at = $2 and status = 'confirmed'`, [id, iso])
    expect(rows[0].n).toBe(5)
  })

  it('refuses "find my booking" at the address’s combined budget of 10 per 15 min, asked alternately on A and B', async () => {
    const client = newClient()
    const statuses: number[] = []
    let refused: Awaited<ReturnType<typeof call>> | undefined
    for (let i = 0; i < 12; i++) {
      // A different (unknown) reference each time: only the address's budget is spent twice over.
      const answer = await call(i % 2 === 0 ? a : b, '/api/reservations/find', { method: 'POST', client, body: { reference: `ACD-${'ACDEFGHJKMNP'[i]}EF`, email: 'guest@example.com', locale: 'fr' } })
      statuses.push(answer.status)
      if (answer.status === 429) refused ??= answer
    }
    expect(statuses).toEqual([...Array(10).fill(202), 429, 429])
    expect(refused!.body.errors[0].code).toBe('rate_limited')
    expect(Number(refused!.headers.get('Retry-After'))).toBeGreaterThan(800)
  })

  it('loses no committed booking when node B is killed mid-storm, and node A keeps answering', async () => {
    await restaurantWithTables('deux-noeuds-orage', 10)
    // Distinct slots: every booking fits, so any refusal would be the crash's doing.
    const slots = Array.from({ length: 160 }, (_, n) => parisTime(2 + (n % 40), ['12:00', '14:00', '16:00', '18:00'][Math.floor(n / 40)]!).iso)
    const outcomes: Array<{ node: string; status: number | 'no answer'; reference?: string; error?: string }> = []
    let next = 0
    let killed = false
    const worker = async (w: number) => {
      while (next < slots.length) {
        const n = next++
        const node = (n + w) % 2 === 0 ? a : b
        try {
          const { status, body } = await book(node, 'deux-noeuds-orage', slots[n]!, n)
          outcomes.push({ node: node.name, status, reference: body.reference })
        } catch (error) {
          outcomes.push({ node: node.name, status: 'no answer', error: String((error as Error & { cause?: { code?: string } }).cause?.code) })
        }
        if (!killed && outcomes.filter((o) => o.node === 'B' && o.status === 201).length >= 20) {
          killed = true
          await b.kill()
        }
      }
    }
    // Should the storm hang, what each database session was waiting on says why.
    const stalled = setTimeout(async () => {
      const { rows } = await db.query(`select application_name, state, wait_event_type, wait_event, now() - xact_start as in_transaction_for, left(query, 200) as query from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`)
      console.log('[nodes] storm stalled for 15 s; sessions:', JSON.stringify(rows, null, 1))
    }, 15_000)
    await Promise.all(Array.from({ length: 8 }, (_, w) => worker(w)))
    clearTimeout(stalled)
    const fromA = outcomes.filter((o) => o.node === 'A')
    const fromB = outcomes.filter((o) => o.node === 'B')
    const confirmed = outcomes.filter((o) => o.status === 201)
    console.log(
      `[nodes] storm: A ${fromA.filter((o) => o.status === 201).length} × 201 of ${fromA.length}; B ${fromB.filter((o) => o.status === 201).length} × 201, ` +
        `${fromB.filter((o) => o.status === 'no answer').length} unanswered of ${fromB.length} (killed after 20 of its bookings)`,
    )
    expect(killed).toBe(true)
    expect(fromB.some((o) => o.status === 'no answer')).toBe(true)
    expect(fromA.every((o) => o.status === 201)).toBe(true)
    const { rows } = await db.query(`select reference, status from reservations where reference = any($1)`, [confirmed.map((o) => o.reference)])
    expect(rows).toHaveLength(confirmed.length)
    expect(rows.every((row) => row.status === 'confirmed')).toBe(true)
    expect((await call(a, '/api/health')).status).toBe(200)
    expect((await call(a, `/api/restaurants/deux-noeuds-orage/availability?date=${parisTime(2, '12:00').date}&party=2`)).status).toBe(200)
  })
})

async function restaurantId(slug: string): Promise<number | undefined> {
  const { rows } = await db.query(`select id from restaurants where slug = $1`, [slug])
  return rows[0]?.id
}
