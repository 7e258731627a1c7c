import config from '@payload-config'
import { REST_POST } from '@payloadcms/next/routes'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { staffSession } from '../../src/security/staffSession'
import { withRateLimits } from '../../src/security/withRateLimits'
import { api } from '../support/http'
import { testPayload } from '../support/payload'
import { createTestRestaurant, parisTime } from '../support/restaurants'
import { SmtpSink } from '../support/smtpSink'

let payload: Payload
const smtp = new SmtpSink(Number(process.env.SMTP_PORT))
// The route handler as src/app/(payload)/api exports it: rate limits included.
const POST = withRateLimits(REST_POST(config), { signedIn: staffSession(config) })
let ipCounter = 0
const newClient = () => `203.0.113.${++ipCounter}`

/** "Find my booking" from one client address, as the browser sends it. */
async function find(body: unknown, ip = newClient()) {
  const started = performance.now()
  const request = new Request('http://localhost:3000/api/reservations/find?locale=en', {
    method: 'POST',
    headers: { 'x-forwarded-for': ip, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  })
  const response = await POST(request, { params: Promise.resolve({ slug: ['reservations', 'find'] }) })
  return { status: response.status, text: await response.text(), ms: performance.now() - started }
}

async function runJobs() {
  for (let round = 0; round < 10; round++) {
    const result = await payload.jobs.run({ limit: 100, silent: true })
    if (!result.jobStatus || Object.keys(result.jobStatus).length === 0) return
  }
}

async function book(email: string, days: number, locale: 'fr' | 'en' = 'en', time = '19:00') {
  const res = await api('POST', '/reservations/book', { body: { restaurant: 'retrouver', startsAt: parisTime(days, time).iso, partySize: 2, guest: { name: 'Lena Vogel', email }, locale } })
  expect(res.status, JSON.stringify(res.json)).toBe(201)
  return res.json as { reference: string; manageToken: string }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
const linksIn = (html: unknown) => [...String(html).matchAll(/href="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'))

beforeAll(async () => {
  payload = await testPayload()
  await createTestRestaurant(payload, 'retrouver', [{ label: 'R1', min: 1, max: 4 }, { label: 'R2', min: 1, max: 4 }])
  await payload.delete({ collection: 'payload-jobs', where: { id: { exists: true } } })
  await smtp.start()
})
afterAll(() => smtp.stop())

describe('a diner who lost their booking link', () => {
  it('gets it emailed again, once, in the booking’s language, and it opens the booking', async () => {
    const { reference, manageToken } = await book('lena.vogel@example.de', 30, 'en')
    await runJobs()
    const before = smtp.to('lena.vogel@example.de').length

    // Typed back loosely: lower case, a space instead of the dash, the address in capitals.
    const res = await find({ reference: reference.toLowerCase().replace('-', ' '), email: 'Lena.Vogel@Example.DE', locale: 'fr' })
    expect(res.status).toBe(202)
    await runJobs()

    const mails = smtp.to('lena.vogel@example.de').slice(before)
    expect(mails).toHaveLength(1)
    expect(mails[0]!.subject).toBe('Your booking link — Test retrouver')
    const link = linksIn(mails[0]!.html).find((href) => href.includes('/reservation/'))!
    expect(link).toBe(`http://localhost:3000/en/reservation/${manageToken}`)
    expect((await api('GET', `/reservations/manage/${link.split('/').pop()}`)).json.reference).toBe(reference)
  })

  it('learns nothing from a wrong pair: same status, same body, no email sent anywhere', async () => {
    const { reference } = await book('owner@example.fr', 31)
    await runJobs()
    const sentBefore = smtp.received.length
    const right = await find({ reference, email: 'owner@example.fr', locale: 'en' })
    const wrongEmail = await find({ reference, email: 'intruder@example.fr', locale: 'en' })
    const unknown = await find({ reference: 'XXX-XXX', email: 'owner@example.fr', locale: 'en' })
    for (const answer of [wrongEmail, unknown]) {
      expect(answer.status).toBe(right.status)
      expect(answer.text).toBe(right.text)
    }
    await runJobs()
    expect(smtp.received.slice(sentBefore).map((mail) => mail.subject)).toEqual(['Your booking link — Test retrouver'])
    expect(smtp.to('intruder@example.fr')).toHaveLength(0)
  })

  it('takes as long to answer a miss as a match (within noise)', async () => {
    const { reference } = await book('timing@example.fr', 32)
    // The endpoint itself, past the rate limits (tested below), asked many times over.
    const timed = async (body: unknown) => {
      const started = performance.now()
      expect((await api('POST', '/reservations/find', { body })).status).toBe(202)
      return performance.now() - started
    }
    const times = { match: [] as number[], wrongEmail: [] as number[], unknown: [] as number[] }
    for (let round = 0; round < 7; round++) {
      times.match.push(await timed({ reference, email: 'timing@example.fr' }))
      times.wrongEmail.push(await timed({ reference, email: 'someone@example.fr' }))
      times.unknown.push(await timed({ reference: 'YYY-YYY', email: 'timing@example.fr' }))
    }
    const medians = Object.fromEntries(Object.entries(times).map(([kind, ms]) => [kind, Math.round(median(ms))]))
    console.info('find-booking answer times (median ms):', medians)
    for (const ms of Object.values(medians)) expect(ms).toBeGreaterThanOrEqual(400)
    expect(Math.abs(medians.match! - medians.wrongEmail!)).toBeLessThan(60)
    expect(Math.abs(medians.match! - medians.unknown!)).toBeLessThan(60)
  })

  it('leaves an audit entry for each request, with no address typed in it', async () => {
    const { reference } = await book('audit.find@example.fr', 33)
    await find({ reference, email: 'audit.find@example.fr' })
    await find({ reference, email: 'guess@example.fr' })
    const { docs } = await payload.find({ collection: 'audit-log', where: { and: [{ action: { equals: 'link_request' } }, { summary: { contains: reference } }] }, sort: 'createdAt', depth: 0 })
    expect(docs.map((d) => d.summary)).toEqual([
      `Booking link asked for ${reference}: link emailed to the booking’s address`,
      `Booking link asked for ${reference}: the address did not match`,
    ])
    expect(docs[0]!.ip).toBeTruthy()
    expect(JSON.stringify(docs)).not.toMatch(/audit\.find@|guess@/)
  })

  it('is refused with a code when the reference is not one of ours', async () => {
    const res = await find({ reference: 'hello', email: 'a@example.fr' })
    expect(res.status).toBe(422)
    expect(JSON.parse(res.text).errors[0]).toMatchObject({ code: 'invalid_reference', field: 'reference' })
  })
})

describe('"find my booking" rate limits', () => {
  it('lets one reference be asked 5 times an hour, from any address, then answers 429', async () => {
    const { reference } = await book('limit.ref@example.fr', 34)
    for (let i = 0; i < 5; i++) expect((await find({ reference, email: `guess${i}@example.fr` })).status).toBe(202)
    const refused = await find({ reference: reference.toLowerCase(), email: 'limit.ref@example.fr' })
    expect(refused.status).toBe(429)
    expect(JSON.parse(refused.text).errors[0]).toMatchObject({ code: 'rate_limited' })
  })

  it('lets one address ask 10 times in 15 minutes, then answers 429', async () => {
    const ip = newClient()
    for (let i = 0; i < 10; i++) expect((await find({ reference: `AAA-${'CDE'[i % 3]!}${'FGH'[i % 3]!}${i % 2 ? 'J' : 'K'}`, email: 'x@example.fr' }, ip)).status).toBe(202)
    const refused = await find({ reference: 'CCC-CCC', email: 'x@example.fr' }, ip)
    expect(refused.status).toBe(429)
    expect(JSON.parse(refused.text).errors[0].code).toBe('rate_limited')
  })
})
