import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { down, up } from '../../src/migrations/20261202_070843_money_minor_units'
import { api } from '../support/http'
import { testPayload } from '../support/payload'
import { createTestRestaurant, parisTime } from '../support/restaurants'

let payload: Payload
const STRIPE = process.env.STRIPE_API_BASE!

type Rows = { rows: Array<Record<string, unknown>> }
type Tx = { execute: (query: unknown) => Promise<Rows> }
const drizzle = () => (payload.db as unknown as { drizzle: { transaction: <T>(fn: (tx: Tx) => Promise<T>) => Promise<T> } }).drizzle

class RolledBack extends Error {}

/** Runs `fn` in a transaction that is always rolled back: the shared test database is left as it was. */
async function inRolledBackTransaction(fn: (tx: Tx) => Promise<void>) {
  await drizzle()
    .transaction(async (tx) => {
      await fn(tx)
      throw new RolledBack()
    })
    .catch((error) => {
      if (!(error instanceof RolledBack)) throw error
    })
}

const one = async (tx: Tx, query: unknown) => (await tx.execute(query)).rows[0]!

beforeAll(async () => {
  payload = await testPayload()
  await createTestRestaurant(payload, 'centimes', [{ label: 'C1', min: 1, max: 6 }], {
    deposit: { mode: 'per_person', amountMinor: 1250, fromPartySize: 1 },
  })
})

describe('a deposit in minor units', () => {
  it('reaches Stripe as the whole number of cents the booking owes', async () => {
    const res = await api('POST', '/reservations/book', {
      body: { restaurant: 'centimes', startsAt: parisTime(15, '20:00').iso, partySize: 3, guest: { name: 'Trois Convives', email: 'trois@example.fr' }, locale: 'fr' },
    })
    expect(res.status, JSON.stringify(res.json)).toBe(201)
    expect(res.json.deposit).toMatchObject({ amountMinor: 3750, currency: 'EUR' })
    const session = await (await fetch(`${STRIPE}/v1/checkout/sessions/${String(res.json.paymentUrl).split('/').pop()}`)).json()
    expect(session.unit_amounts_sent).toEqual(['3750'])
    expect(session.amount_total).toBe(3750)
    const stored = (await payload.find({ collection: 'reservations', where: { reference: { equals: res.json.reference } }, depth: 0 })).docs[0]!
    expect(stored.deposit).toMatchObject({ amountMinor: 3750, currency: 'EUR', status: 'pending' })
  })

  it('is refused with decimals: 12.5 is not a number of cents', async () => {
    const { docs } = await payload.find({ collection: 'restaurants', where: { slug: { equals: 'centimes' } }, depth: 0 })
    const refusal = await payload.update({ collection: 'restaurants', id: docs[0]!.id, data: { deposit: { mode: 'flat', amountMinor: 12.5 } } }).then(
      () => null,
      (error: { data?: { errors?: Array<{ path: string; message: string }> } }) => error.data?.errors,
    )
    expect(refusal).toEqual([expect.objectContaining({ path: 'deposit.amountMinor', message: 'Enter an amount such as 12.50' })])
  })
})

describe('the minor-units migration', () => {
  it('turns stored euros into cents, by each currency’s decimals, and back down again', async () => {
    await inRolledBackTransaction(async (tx) => {
      const [restaurant] = (await tx.execute(sql`SELECT id FROM restaurants WHERE slug = 'le-petit-zinc'`)).rows
      const [dish] = (await tx.execute(sql`SELECT id FROM menu_items WHERE restaurant_id = ${restaurant!.id} ORDER BY id LIMIT 1`)).rows
      const [euro, yen] = (await tx.execute(sql`SELECT id FROM reservations ORDER BY id LIMIT 2`)).rows

      await down({ db: tx, payload, req: {} } as never)
      // The seed's 15 € per guest, back in euros with the old column names.
      expect(Number((await one(tx, sql`SELECT deposit_amount FROM restaurants WHERE id = ${restaurant!.id}`)).deposit_amount)).toBe(15)

      // Amounts as the old schema held them, decimals included.
      await tx.execute(sql`UPDATE restaurants SET deposit_amount = 12.5, cancellation_no_show_fee = 7.99 WHERE id = ${restaurant!.id}`)
      await tx.execute(sql`UPDATE menu_items SET price = 14.5 WHERE id = ${dish!.id}`)
      await tx.execute(sql`UPDATE reservations SET deposit_amount = 37.5, deposit_refunded_amount = 12.25, deposit_currency = 'EUR' WHERE id = ${euro!.id}`)
      await tx.execute(sql`UPDATE reservations SET deposit_amount = 1200, deposit_refunded_amount = 0, deposit_currency = 'JPY' WHERE id = ${yen!.id}`)
      const message = await one(
        tx,
        sql`INSERT INTO message_log (channel, kind, "to", details) VALUES ('email', 'cancellation', 'annule@example.fr', ${JSON.stringify({ refund: { amount: 18.75, currency: 'EUR' } })}::jsonb) RETURNING id`,
      )

      await up({ db: tx, payload, req: {} } as never)

      expect(await one(tx, sql`SELECT deposit_amount_minor::int AS d, cancellation_no_show_fee_minor::int AS f FROM restaurants WHERE id = ${restaurant!.id}`)).toEqual({ d: 1250, f: 799 })
      expect(await one(tx, sql`SELECT price_minor::int AS p FROM menu_items WHERE id = ${dish!.id}`)).toEqual({ p: 1450 })
      expect(await one(tx, sql`SELECT deposit_amount_minor::int AS a, deposit_refunded_minor::int AS r FROM reservations WHERE id = ${euro!.id}`)).toEqual({ a: 3750, r: 1225 })
      // The yen has no minor unit: 1200 yen stay 1200.
      expect(await one(tx, sql`SELECT deposit_amount_minor::int AS a FROM reservations WHERE id = ${yen!.id}`)).toEqual({ a: 1200 })
      expect((await one(tx, sql`SELECT details FROM message_log WHERE id = ${message.id}`)).details).toEqual({ refund: { amountMinor: 1875, currency: 'EUR' } })
      // From now on the database itself refuses a fraction of a cent.
      // (The last statement: the refusal aborts the transaction, which is rolled back anyway.)
      const refusal = await tx.execute(sql`UPDATE menu_items SET price_minor = 1450.5 WHERE id = ${dish!.id}`).then(
        () => 'accepted',
        (error: Error & { cause?: Error }) => `${error.message} ${error.cause?.message ?? ''}`,
      )
      expect(refusal).toMatch(/menu_items_price_minor_whole/)
    })
    // Rolled back: the shared database still holds the seed in cents.
    const { docs } = await payload.find({ collection: 'restaurants', where: { slug: { equals: 'le-petit-zinc' } }, depth: 0 })
    expect(docs[0]!.deposit?.amountMinor).toBe(1500)
  })
})
