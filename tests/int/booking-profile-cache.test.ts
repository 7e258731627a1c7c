import net from 'node:net'

import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { execute, sql } from '../../src/infrastructure/db/execute'
import { bookingProfileCache, type BookingProfileCache } from '../../src/plugins/reservations/services/profileCache'
import { testPayload } from '../support/payload'
import { createTestRestaurant } from '../support/restaurants'

/**
 * Another app node's cache of restaurants and tables, played in this process: its own LISTEN
 * connection to the run's Postgres, its own memory. Changes go through Payload as any node makes
 * them (REST and the admin run these same operations, each in its transaction).
 */
let payload: Payload
let otherNode: BookingProfileCache
let tableId: number
/** How often the other node went to the database for the restaurant. */
let loads = 0
const SLUG = 'profile-cache-nodes'

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function until(what: () => Promise<boolean> | boolean, withinMs: number): Promise<number> {
  const started = Date.now()
  while (!(await what())) {
    if (Date.now() - started > withinMs) throw new Error(`not within ${withinMs} ms`)
    await wait(10)
  }
  return Date.now() - started
}

const capacitySeenByOtherNode = async () => (await otherNode.get(payload, SLUG))!.tables.find((t) => t.id === tableId)!.maxCapacity

function nodeCache(options: Parameters<typeof bookingProfileCache>[0] = {}) {
  return bookingProfileCache({
    ...options,
    load: async (p, slug) => {
      loads++
      const { docs } = await p.find({ collection: 'restaurants', where: { slug: { equals: slug } }, depth: 0, limit: 1 })
      const tables = await p.find({ collection: 'tables', where: { restaurant: { equals: docs[0]!.id } }, depth: 0, limit: 0 })
      return { restaurant: docs[0]!, rules: {} as never, tables: tables.docs.map((t) => ({ id: t.id, maxCapacity: t.maxCapacity }) as never) }
    },
  })
}

/**
 * A TCP link to the run's Postgres that can go silent without closing, as a NAT or firewall that
 * forgets a connection does: neither side gets an error, bytes simply stop arriving.
 */
async function silenceableLink(databaseUri: string) {
  const target = new URL(databaseUri)
  const sockets: net.Socket[] = []
  let silent = false
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(target.port), target.hostname)
    sockets.push(client, upstream)
    client.on('data', (chunk) => silent || upstream.write(chunk))
    upstream.on('data', (chunk) => silent || client.write(chunk))
    client.on('error', () => upstream.destroy())
    upstream.on('error', () => client.destroy())
    client.on('close', () => upstream.destroy())
    upstream.on('close', () => client.destroy())
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const via = new URL(databaseUri)
  via.port = String((server.address() as net.AddressInfo).port)
  return {
    connectionString: via.toString(),
    goSilent: () => {
      silent = true
    },
    close: () => {
      sockets.forEach((socket) => socket.destroy())
      server.close()
    },
  }
}

beforeAll(async () => {
  payload = await testPayload()
  const { tableIds } = await createTestRestaurant(payload, SLUG, [{ label: 'N1', min: 1, max: 4 }])
  tableId = tableIds.get('N1')!
  otherNode = nodeCache()
  await otherNode.get(payload, SLUG)
  await until(() => otherNode.listening(), 5_000)
})

afterAll(() => otherNode?.close())

describe('the tables another node keeps in memory', () => {
  it('shows a table’s new capacity on the other node within a second of the change', async () => {
    expect(await capacitySeenByOtherNode()).toBe(4)
    await payload.update({ collection: 'tables', id: tableId, data: { maxCapacity: 3 } })
    const ms = await until(async () => (await capacitySeenByOtherNode()) === 3, 1_000)
    expect(ms).toBeLessThan(1_000)
  })

  it('forgets nothing before the change is committed, then shows it: never the old row kept after the change', async () => {
    await capacitySeenByOtherNode()
    const req = await createLocalReq({}, payload)
    await initTransaction(req)
    await payload.update({ collection: 'tables', id: tableId, data: { maxCapacity: 2 }, req })
    const before = loads
    await wait(300)
    // Uncommitted: the other node keeps its copy (reloading now would read, and keep, the old row).
    expect(await capacitySeenByOtherNode()).toBe(3)
    expect(loads).toBe(before)
    await commitTransaction(req)
    await until(async () => (await capacitySeenByOtherNode()) === 2, 1_000)
  })

  it('keeps its copy when the change is rolled back', async () => {
    await capacitySeenByOtherNode()
    const before = loads
    const req = await createLocalReq({}, payload)
    await initTransaction(req)
    await payload.update({ collection: 'tables', id: tableId, data: { maxCapacity: 1 }, req })
    await killTransaction(req)
    await wait(300)
    expect(await capacitySeenByOtherNode()).toBe(2)
    expect(loads).toBe(before)
  })

  it('hears a deleted table and a renamed restaurant', async () => {
    const extra = await payload.create({ collection: 'tables', data: { restaurant: (await otherNode.get(payload, SLUG))!.restaurant.id, label: 'N2', area: 'dining_room', minCapacity: 1, maxCapacity: 6 } as never })
    await until(async () => (await otherNode.get(payload, SLUG))!.tables.length === 2, 1_000)
    await payload.delete({ collection: 'tables', id: extra.id })
    await until(async () => (await otherNode.get(payload, SLUG))!.tables.length === 1, 1_000)
    const restaurant = (await otherNode.get(payload, SLUG))!.restaurant
    await payload.update({ collection: 'restaurants', id: restaurant.id, data: { name: 'Renamed on another node' } })
    await until(async () => (await otherNode.get(payload, SLUG))!.restaurant.name === 'Renamed on another node', 1_000)
  })

  it('with its listener cut off, reloads every 2 s instead of keeping tables for 30 s, and listens again', async () => {
    const cut = nodeCache({ retryDelayMs: 5_000 })
    try {
      await cut.get(payload, SLUG)
      await until(() => cut.listening(), 5_000)
      const seen = async () => (await cut.get(payload, SLUG))!.tables.find((t) => t.id === tableId)!.maxCapacity
      const before = await seen()
      // As a restarted database or a dropped network connection would.
      await execute(await createLocalReq({}, payload), sql`select pg_terminate_backend(pid) from pg_stat_activity where application_name = 'techplus-listen-techplus_booking_profiles'`)
      await until(() => !cut.listening(), 2_000)
      await seen()
      // Changed while the node hears nothing: the notice is lost to it.
      await payload.update({ collection: 'tables', id: tableId, data: { maxCapacity: before + 1 } })
      const ms = await until(async () => (await seen()) === before + 1, 2_500)
      expect(ms).toBeLessThanOrEqual(2_500)
      await until(() => cut.listening(), 8_000)
    } finally {
      await cut.close()
    }
  })

  it('notices a connection that went silent without an error and reloads every 2 s meanwhile', async () => {
    const link = await silenceableLink(process.env.DATABASE_URI!)
    const quiet = nodeCache({ connection: { connectionString: link.connectionString }, heartbeatMs: 500, retryDelayMs: 60_000 })
    try {
      await quiet.get(payload, SLUG)
      await until(() => quiet.listening(), 5_000)
      const seen = async () => (await quiet.get(payload, SLUG))!.tables.find((t) => t.id === tableId)!.maxCapacity
      const before = await seen()
      link.goSilent()
      // The change's notice never reaches this node.
      await payload.update({ collection: 'tables', id: tableId, data: { maxCapacity: before + 1 } })
      const ms = await until(async () => (await seen()) === before + 1, 3_500)
      expect(quiet.listening()).toBe(false)
      expect(ms).toBeLessThanOrEqual(3_500)
    } finally {
      await quiet.close()
      link.close()
    }
  })
})
