import { parse } from 'csv-parse/sync'
import { getISOWeek, getISOWeekYear } from 'date-fns'
import ExcelJS from 'exceljs'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { addLocalDays, localDateOf, wallClockToInstant } from '../../src/domain/availability'
import type { Reservation } from '../../src/payload-types'
import { api, login } from '../support/http'
import { testPayload } from '../support/payload'
import { pdfLines } from '../support/pdfText'
import { createTestRestaurant, parisTime } from '../support/restaurants'

const TZ = 'Europe/Paris'
/** Restaurants this file builds, removed at the end so later files see the seeded list as it was. */
const BUILT = ['occupation', 'prevision']
let payload: Payload
let tokens: Record<'manager' | 'host' | 'admin', string>

beforeAll(async () => {
  payload = await testPayload()
  tokens = {
    manager: await login('manager@techplus.test', 'techplus-manager'),
    host: await login('host@techplus.test', 'techplus-host'),
    admin: await login('admin@techplus.test', 'techplus-admin'),
  }
})

type Figures = { bookings: number; covers: number; noShows: number; cancellations: number; depositsCollected: number; depositsRefunded: number }
const FIGURES = ['bookings', 'covers', 'noShows', 'cancellations', 'depositsCollected', 'depositsRefunded'] as const

/**
 * What the report should say, counted independently of its SQL: every Petit Zinc booking of the
 * range loaded through the Local API and added up per period in JavaScript.
 */
async function expectedFigures(from: string, to: string, periodOf: (localDate: string) => string): Promise<Map<string, Figures>> {
  const zinc = (await payload.find({ collection: 'restaurants', where: { slug: { equals: 'le-petit-zinc' } }, depth: 0 })).docs[0]!
  const { docs } = await payload.find({
    collection: 'reservations',
    where: {
      restaurant: { equals: zinc.id },
      startsAt: { greater_than_equal: wallClockToInstant(from, 0, TZ)!.toISOString(), less_than: wallClockToInstant(addLocalDays(to, 1), 0, TZ)!.toISOString() },
    },
    pagination: false,
    depth: 0,
  })
  const periods = new Map<string, Figures>()
  for (const r of docs as Reservation[]) {
    const key = periodOf(localDateOf(new Date(r.startsAt), TZ))
    const f = periods.get(key) ?? { bookings: 0, covers: 0, noShows: 0, cancellations: 0, depositsCollected: 0, depositsRefunded: 0 }
    f.bookings += 1
    if (['confirmed', 'seated', 'completed'].includes(r.status)) f.covers += r.partySize
    if (r.status === 'no_show') f.noShows += 1
    if (r.status === 'cancelled') f.cancellations += 1
    if (['paid', 'partially_refunded', 'refunded'].includes(r.deposit?.status ?? '')) f.depositsCollected += r.deposit?.amountMinor ?? 0
    f.depositsRefunded += r.deposit?.refundedMinor ?? 0
    periods.set(key, f)
  }
  return periods
}

const none: Figures = { bookings: 0, covers: 0, noShows: 0, cancellations: 0, depositsCollected: 0, depositsRefunded: 0 }
/** The figures as a report shows them: counts, then amounts in euros (the database holds cents). */
const shown = (f: Figures) => FIGURES.map((k) => (k === 'depositsCollected' || k === 'depositsRefunded' ? f[k] / 100 : f[k]))
const isoWeek = (localDate: string) => {
  const d = new Date(`${localDate}T12:00:00Z`)
  return `${getISOWeekYear(d)}-W${String(getISOWeek(d)).padStart(2, '0')}`
}

/** The seeded bistro's bookings run from the past weeks to a week ahead: a range around today holds them all. */
const range = () => ({ from: parisTime(-40, '00:00').date, to: parisTime(10, '00:00').date })

afterAll(async () => {
  const { docs } = await payload.find({ collection: 'restaurants', where: { slug: { in: BUILT } }, depth: 0, pagination: false })
  const ids = docs.map((r) => r.id)
  if (!ids.length) return
  await payload.delete({ collection: 'reservations', where: { restaurant: { in: ids } }, context: { seeding: true } })
  await payload.delete({ collection: 'tables', where: { restaurant: { in: ids } } })
  await payload.delete({ collection: 'restaurants', where: { id: { in: ids } } })
})

describe('reports', () => {
  it('a manager downloads the day-by-day CSV, and each day says what the database holds', async () => {
    const { from, to } = range()
    const { status, headers, text } = await api('GET', `/restaurants/le-petit-zinc/reports?granularity=day&from=${from}&to=${to}&format=csv`, { token: tokens.manager })
    expect(status).toBe(200)
    expect(headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(headers.get('content-disposition')).toBe(`attachment; filename="le-petit-zinc-report-day-${from}-${to}.csv"`)
    const rows = parse(text, { columns: true }) as Record<string, string>[]
    expect(rows).toHaveLength(51) // every day of the range, empty ones too
    expect(rows[0]!.Period).toBe(from)
    const expected = await expectedFigures(from, to, (d) => d)
    expect([...expected.values()].reduce((sum, f) => sum + f.bookings, 0)).toBeGreaterThan(50)
    for (const row of rows) {
      const want = expected.get(row.Period!) ?? none
      expect([row.Bookings, row.Covers, row['No-shows'], row.Cancellations, row['Deposits collected'], row['Deposits refunded']].map(Number), row.Period).toEqual(shown(want))
      expect(row['Deposits collected'], row.Period).toMatch(/^\d+\.\d{2}$/)
    }
  })

  it('a manager downloads the spreadsheet by ISO week: the same numbers, as numbers, with a total line', async () => {
    const { from, to } = range()
    const { status, headers, bytes } = await api('GET', `/restaurants/le-petit-zinc/reports?granularity=week&from=${from}&to=${to}&format=xlsx`, { token: tokens.manager })
    expect(status).toBe(200)
    expect(headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    expect(headers.get('content-disposition')).toBe(`attachment; filename="le-petit-zinc-report-week-${from}-${to}.xlsx"`)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer)
    const sheet = workbook.worksheets[0]!
    const values = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1)
    expect(values(1)).toEqual(['Period', 'From', 'To', 'Bookings', 'Covers', 'No-shows', 'Cancellations', 'Deposits collected', 'Deposits refunded'])
    const expected = await expectedFigures(from, to, isoWeek)
    const weeks = new Set<string>()
    for (let d = from; d <= to; d = addLocalDays(d, 1)) weeks.add(isoWeek(d))
    expect(sheet.rowCount).toBe(1 + weeks.size + 1)
    ;[...weeks].forEach((week, i) => {
      const [period, , , ...numbers] = values(2 + i)
      expect(period).toBe(week)
      expect(numbers, week).toEqual(shown(expected.get(week) ?? none))
    })
    const [label, , , bookings] = values(sheet.rowCount)
    expect(label).toBe('Total')
    expect(bookings).toBe([...expected.values()].reduce((sum, f) => sum + f.bookings, 0))
  })

  it('a manager downloads the PDF by month, and its text shows the same numbers', async () => {
    const { from, to } = range()
    const { status, headers, bytes } = await api('GET', `/restaurants/le-petit-zinc/reports?granularity=month&from=${from}&to=${to}&format=pdf`, { token: tokens.manager })
    expect(status).toBe(200)
    expect(headers.get('content-type')).toBe('application/pdf')
    expect(headers.get('content-disposition')).toBe(`attachment; filename="le-petit-zinc-report-month-${from}-${to}.pdf"`)
    const lines = await pdfLines(bytes)
    expect(lines[0]!.join(' ')).toBe('Le Petit Zinc')
    const expected = await expectedFigures(from, to, (d) => d.slice(0, 7))
    const months = lines.filter((l) => /^\d{4}-\d{2}$/.test(l[0]!))
    expect(months.length).toBeGreaterThanOrEqual(2)
    for (const [month, , , ...numbers] of months) {
      expect(numbers.map(Number), month).toEqual(shown(expected.get(month!) ?? none))
    }
    const total = lines.find((l) => l[0] === 'Total')!
    expect(Number(total[1])).toBe([...expected.values()].reduce((sum, f) => sum + f.bookings, 0))
  })

  it('is refused to a host (404), to the manager of another restaurant (404) and to anyone signed out (401)', async () => {
    const { from, to } = range()
    const query = `reports?granularity=week&from=${from}&to=${to}&format=csv`
    const host = await api('GET', `/restaurants/le-petit-zinc/${query}`, { token: tokens.host })
    expect(host.status).toBe(404)
    expect(host.json.errors[0].code).toBe('restaurant_not_found')
    const otherRestaurant = await api('GET', `/restaurants/la-cantine-du-port/${query}`, { token: tokens.manager })
    expect(otherRestaurant.status).toBe(404)
    expect(otherRestaurant.json.errors[0].message).toBeTruthy()
    const anonymous = await api('GET', `/restaurants/le-petit-zinc/${query}`)
    expect(anonymous.status).toBe(401)
    expect(anonymous.json.errors[0].code).toBe('unauthorized')
  })

  it.each([
    ['granularity=hour&from=2026-01-01&to=2026-01-31', 'granularity', 'not_an_option'],
    ['format=docx&from=2026-01-01&to=2026-01-31', 'format', 'not_an_option'],
    ['to=2026-01-31', 'from', 'required'],
    ['from=2026-02-30&to=2026-03-31', 'from', 'invalid_date'],
    ['from=2026-03-31&to=2026-01-01', 'from', 'range_reversed'],
    ['from=2026-01-01&to=2027-01-02', 'to', 'range_too_long'], // 367 days
  ])('answers %s with a 400 naming %s', async (query, field, code) => {
    const { status, json } = await api('GET', `/restaurants/le-petit-zinc/reports?${query}`, { token: tokens.manager })
    expect(status).toBe(400)
    expect(json.errors[0]).toMatchObject({ field, code })
    expect(json.errors[0].message).toBeTruthy()
  })

  it('accepts a leap year of 366 days at once', async () => {
    const { status } = await api('GET', '/restaurants/le-petit-zinc/reports?granularity=month&from=2028-01-01&to=2028-12-31&format=csv', { token: tokens.manager })
    expect(status).toBe(200)
  })
})

describe('analytics: occupancy, changes and forecast', () => {
  it('measures occupancy as seat-time used over seat-time offered, by service and weekday, against the day before', async () => {
    // Two 4-seat tables, open 10:00–23:00: 8 seats × 780 minutes offered each day.
    const { restaurant } = await createTestRestaurant(payload, 'occupation', [
      { label: 'O1', min: 1, max: 4 },
      { label: 'O2', min: 1, max: 4 },
    ])
    const make = (days: number, time: string, minutes: number, partySize: number, status: string) => {
      const startsAt = parisTime(days, time).iso
      return payload.create({
        collection: 'reservations',
        data: { restaurant: restaurant.id, startsAt, endsAt: new Date(Date.parse(startsAt) + minutes * 60_000).toISOString(), partySize, guestName: 'Guest', status, source: 'phone' } as never,
        context: { seeding: true },
      })
    }
    await make(60, '20:00', 120, 4, 'confirmed') // 480 seat-minutes
    await make(60, '22:00', 120, 2, 'completed') // cut at the 23:00 close: 60 minutes, 120 seat-minutes
    await make(60, '19:00', 120, 3, 'no_show') // used nothing
    await make(60, '19:30', 120, 2, 'cancelled')
    await make(59, '12:00', 120, 2, 'completed') // the day before: 240 seat-minutes
    const day = parisTime(60, '00:00').date
    const weekday = String(((new Date(`${day}T12:00:00Z`).getUTCDay() + 6) % 7) + 1)

    const { status, json } = await api('GET', `/restaurants/occupation/analytics?from=${day}&to=${day}`, { token: tokens.admin })
    expect(status).toBe(200)
    expect(json.current.occupancyPercent).toBe(9.6) // 600 / 6240
    expect(json.occupancy.byService).toEqual({ Service: 9.6 })
    expect(json.occupancy.byWeekday).toEqual({ [weekday]: 9.6 })
    expect(json.previous.occupancyPercent).toBe(3.8) // 240 / 6240
    expect(json.changes.occupancyPercent).toEqual({ value: 9.6, previous: 3.8, change: 5.8, changePercent: 152.6 })
    expect(json.changes.covers).toEqual({ value: 6, previous: 2, change: 4, changePercent: 200 })
  })

  it('forecasts each of the next four weeks as covers on the books plus the usual pickup of recent weeks', async () => {
    const { restaurant } = await createTestRestaurant(payload, 'prevision', [{ label: 'P1', min: 1, max: 8 }])
    const make = async (days: number, partySize: number, status: string, bookedDaysBefore: number) => {
      const startsAt = parisTime(days, '20:00').iso
      const doc = await payload.create({
        collection: 'reservations',
        data: { restaurant: restaurant.id, startsAt, partySize, guestName: 'Guest', status, source: 'online' } as never,
        context: { seeding: true },
      })
      // Bookings of past weeks were made before they happened: set when, as the booking site would have.
      await payload.db.updateOne({ collection: 'reservations', id: doc.id, data: { createdAt: new Date(Date.parse(startsAt) - bookedDaysBefore * 86_400_000).toISOString() } })
    }
    // Last week: 6 covers booked a month ahead, 4 more the day itself. Pickup learnt: 4 at every lead.
    await make(-5, 6, 'completed', 30)
    await make(-4, 4, 'completed', 0)
    // Coming: 5 covers on the books in the first week; a cancellation does not count.
    await make(2, 5, 'confirmed', 0)
    await make(3, 3, 'cancelled', 0)

    const today = parisTime(0, '00:00').date
    const { json } = await api('GET', `/restaurants/prevision/analytics?from=${today}&to=${today}`, { token: tokens.admin })
    expect(json.forecast).toHaveLength(4)
    expect(json.forecast.map((w: { startsOn: string }) => w.startsOn)).toEqual([1, 8, 15, 22].map((d) => addLocalDays(today, d)))
    expect(json.forecast[0]).toMatchObject({ coversOnTheBooks: 5, expectedPickup: 4, forecastCovers: 9, basedOnWeeks: 1 })
    for (const week of json.forecast.slice(1)) expect(week).toMatchObject({ coversOnTheBooks: 0, expectedPickup: 4, forecastCovers: 4 })
  })
})
