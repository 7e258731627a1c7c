import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { api } from '../support/http'
import { testPayload } from '../support/payload'
import { createTestRestaurant } from '../support/restaurants'

// The next night Paris turns its clocks back (found with Intl, so the test never dates): 03:00 summer
// time becomes 02:00 winter time, and every time from 02:00 to 02:59 happens twice.

const MINUTE = 60_000
const DAY = 1440 * MINUTE
const offsetName = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Paris', timeZoneName: 'longOffset' })
const offsetAt = (t: number) => offsetName.formatToParts(t).find((p) => p.type === 'timeZoneName')!.value.replace('GMT', '')

function nextFallBack(): { night: string; sunday: string; summer: string; winter: string } {
  let day = Date.now() + DAY
  while (!(offsetAt(day) === '+02:00' && offsetAt(day + DAY) === '+01:00')) day += DAY
  const sunday = new Date(day + DAY).toISOString().slice(0, 10)
  return { night: new Date(day).toISOString().slice(0, 10), sunday, summer: '+02:00', winter: '+01:00' }
}

const { night, sunday, summer, winter } = nextFallBack()
/** "02:30" on the night of the change, with the offset a client chose. */
const at = (time: string, offset: string) => `${sunday}T${time}:00${offset}`
const utc = (time: string, offset: string) => new Date(at(time, offset)).toISOString()

let payload: Payload
let guests = 0
const book = (startsAt: string) =>
  api('POST', '/reservations/book', {
    body: { restaurant: 'nuit-blanche', startsAt, partySize: 2, locale: 'en', guest: { name: 'Noé Lambert', email: `noe.lambert+${++guests}@example.fr` } },
  })

beforeAll(async () => {
  payload = await testPayload()
  // One table, open through the night, booked up to a year and a month ahead so the next autumn is in reach.
  await createTestRestaurant(payload, 'nuit-blanche', [{ label: 'Bar', min: 1, max: 4 }], {
    services: [{ name: 'Nuit', days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], start: '20:00', end: '05:00', lastSeating: '04:00' }],
    bookingRules: {
      slotIntervalMinutes: 15,
      minNoticeMinutes: 60,
      maxAdvanceDays: 400,
      maxPartyOnline: 8,
      bufferMinutes: 0,
      holdMinutes: 15,
      reminderLeadHours: 24,
      turnTimes: [{ upToPartySize: 20, minutes: 15 }],
    },
  })
})

describe('the night the clocks go back in Paris', () => {
  it('lists each repeated time once, at its first occurrence (summer time), then 03:00 winter time', async () => {
    const { status, json } = await api('GET', `/restaurants/nuit-blanche/availability?date=${night}&party=2`)
    expect(status).toBe(200)
    const slots = json.slots as Array<{ time: string; startsAt: string }>
    const times = slots.map((s) => s.time)
    expect(times.filter((t) => t === '02:30')).toHaveLength(1)
    expect(new Set(times).size).toBe(times.length)
    expect(slots.find((s) => s.time === '02:30')!.startsAt).toBe(utc('02:30', summer))
    expect(slots.find((s) => s.time === '03:00')!.startsAt).toBe(utc('03:00', winter))
  })

  it('books 02:30 sent with the winter offset at the first occurrence, and says so in UTC and local time', async () => {
    const { status, json } = await book(at('02:30', winter))
    expect(status).toBe(201)
    expect(json).toMatchObject({ startsAt: utc('02:30', summer), localDate: sunday, time: '02:30' })
    const stored = await payload.find({ collection: 'reservations', where: { reference: { equals: json.reference } }, depth: 0 })
    expect(new Date(stored.docs[0]!.startsAt).toISOString()).toBe(utc('02:30', summer))
    // The calendar file names that instant in UTC: no TZID local time a calendar could place elsewhere.
    const calendar = await api('GET', `/reservations/manage/${json.manageToken}/calendar`)
    expect(calendar.text).toContain(`DTSTART:${utc('02:30', summer).replace(/[-:]|\.000/g, '')}`)
    expect(calendar.text).not.toContain('TZID')
  })

  it('treats 02:45 sent with either offset as one slot: booked with one, it is taken for the other (409)', async () => {
    expect((await book(at('02:45', winter))).status).toBe(201)
    const { status, json } = await book(at('02:45', summer))
    expect(status).toBe(409)
    expect(json.errors[0].code).toBe('no_table')
  })

  it('moves a booking to 02:15 sent with the winter offset, to the first 02:15', async () => {
    const { json: booked } = await book(at('01:00', summer))
    const { status, json } = await api('PATCH', `/reservations/manage/${booked.manageToken}`, { body: { startsAt: at('02:15', winter) } })
    expect(status).toBe(200)
    expect(json).toMatchObject({ startsAt: utc('02:15', summer), time: '02:15' })
  })
})
