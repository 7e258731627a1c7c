import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { verifyTechPlusSignature } from '../../docs/webhook-receiver.mjs'
import { isPrivateAddress, signatureHeader, verifySignature, webhookEventsFor, webhookUrlProblem, type BookingFacts } from '../../src/domain/webhooks'
import { postJson } from '../../src/plugins/reservations/webhooks/post'

const ROOT = path.resolve(__dirname, '../..')
const booked: BookingFacts = { status: 'confirmed', startsAt: '2026-12-24T18:00:00.000Z', endsAt: '2026-12-24T19:30:00.000Z', partySize: 2, tables: [3], depositStatus: 'none', refundedMinor: 0 }

describe('which events a change makes', () => {
  it('a new booking is created, whatever its status', () => {
    expect(webhookEventsFor(undefined, booked)).toEqual(['reservation.created'])
    expect(webhookEventsFor(undefined, { ...booked, status: 'pending_payment', depositStatus: 'pending' })).toEqual(['reservation.created'])
  })

  it('another time, party size or table is a change; notes are not', () => {
    expect(webhookEventsFor(booked, { ...booked, startsAt: '2026-12-24T19:00:00.000Z' })).toEqual(['reservation.changed'])
    expect(webhookEventsFor(booked, { ...booked, partySize: 3 })).toEqual(['reservation.changed'])
    expect(webhookEventsFor(booked, { ...booked, tables: [4] })).toEqual(['reservation.changed'])
    expect(webhookEventsFor(booked, { ...booked, tables: [3] })).toEqual([])
    // The same instant written another way is no change.
    expect(webhookEventsFor(booked, { ...booked, startsAt: '2026-12-24T19:00:00+01:00' })).toEqual([])
  })

  it('seating, a no-show and a cancellation are their own events', () => {
    expect(webhookEventsFor(booked, { ...booked, status: 'seated' })).toEqual(['reservation.seated'])
    expect(webhookEventsFor(booked, { ...booked, status: 'no_show' })).toEqual(['reservation.no_show'])
    expect(webhookEventsFor(booked, { ...booked, status: 'cancelled' })).toEqual(['reservation.cancelled'])
    expect(webhookEventsFor({ ...booked, status: 'seated' }, { ...booked, status: 'completed' })).toEqual([])
  })

  it('a deposit paid confirms the held booking; a refund is told with the amount', () => {
    const held = { ...booked, status: 'pending_payment', depositStatus: 'pending' }
    expect(webhookEventsFor(held, { ...booked, depositStatus: 'paid' })).toEqual(['payment.deposit_paid', 'reservation.changed'])
    expect(webhookEventsFor({ ...booked, status: 'cancelled', depositStatus: 'paid' }, { ...booked, status: 'cancelled', depositStatus: 'refunded', refundedMinor: 6000 })).toEqual(['payment.refunded'])
  })
})

describe('the signature', () => {
  const body = JSON.stringify({ id: 'evt_1', type: 'ping' })
  const now = Date.UTC(2026, 11, 2, 20, 0, 0)
  const t = now / 1000

  it('is Stripe-like: t=<unix>,v1=<hex HMAC-SHA256 of "t.body">', () => {
    expect(signatureHeader('whsec_test', t, body)).toMatch(new RegExp(`^t=${t},v1=[0-9a-f]{64}$`))
    expect(verifySignature(signatureHeader('whsec_test', t, body), body, 'whsec_test', now)).toBe(true)
  })

  it('fails for another body, another secret, or a timestamp older than 5 minutes', () => {
    const header = signatureHeader('whsec_test', t, body)
    expect(verifySignature(header, `${body} `, 'whsec_test', now)).toBe(false)
    expect(verifySignature(header, body, 'whsec_other', now)).toBe(false)
    expect(verifySignature(header, body, 'whsec_test', now + 301_000)).toBe(false)
    expect(verifySignature(header.replace(/t=\d+/, `t=${t + 1}`), body, 'whsec_test', now)).toBe(false)
  })

  it('is checked by the README’s snippet as by our own code', () => {
    const header = signatureHeader('whsec_test', Math.floor(Date.now() / 1000), body)
    expect(verifyTechPlusSignature(body, header, 'whsec_test')).toBe(true)
    expect(verifyTechPlusSignature(body, header, 'whsec_other')).toBe(false)
    expect(verifyTechPlusSignature(body, signatureHeader('whsec_test', Math.floor(Date.now() / 1000) - 600, body), 'whsec_test')).toBe(false)
    expect(verifyTechPlusSignature(body, 't=abc,v1=00', 'whsec_test')).toBe(false)
    expect(verifyTechPlusSignature(body, undefined, 'whsec_test')).toBe(false)
  })

  it('the README shows that snippet, character for character', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8')
    const snippet = readFileSync(path.join(ROOT, 'docs/webhook-receiver.mjs'), 'utf8')
    expect(readme.includes(`\`\`\`js\n${snippet}\`\`\``), 'README.md, Webhooks: the block after "A receiver" must be docs/webhook-receiver.mjs').toBe(true)
  })
})

describe('where webhooks may go', () => {
  it('in production: https to a public address only', () => {
    const production = { allowPrivate: false }
    expect(webhookUrlProblem('https://hooks.partner.fr/techplus', production)).toBeNull()
    expect(webhookUrlProblem('http://hooks.partner.fr/techplus', production)).toBe('webhook_url_insecure')
    for (const url of ['https://localhost/x', 'https://api.localhost/x', 'https://127.0.0.1/x', 'https://10.0.0.8/x', 'https://172.20.1.1/x', 'https://192.168.1.10/x', 'https://169.254.169.254/latest', 'https://[::1]/x', 'https://[fd00::1]/x', 'https://[::ffff:10.0.0.1]/x', 'https://100.64.0.1/x']) {
      expect([url, webhookUrlProblem(url, production)]).toEqual([url, 'webhook_url_private'])
    }
    expect(webhookUrlProblem('ftp://partner.fr/x', production)).toBe('invalid')
    expect(webhookUrlProblem('https://user:pw@partner.fr/x', production)).toBe('invalid')
    expect(webhookUrlProblem('not a url', production)).toBe('invalid')
  })

  it('in development and tests: http and localhost too', () => {
    expect(webhookUrlProblem('http://127.0.0.1:4000/hooks', { allowPrivate: true })).toBeNull()
  })

  it('knows public addresses from private ones', () => {
    expect(isPrivateAddress('93.184.216.34')).toBe(false)
    expect(isPrivateAddress('2606:2800:220:1:248:1893:25c8:1946')).toBe(false)
    expect(isPrivateAddress('172.32.0.1')).toBe(false)
    expect(isPrivateAddress('0.0.0.0')).toBe(true)
    expect(isPrivateAddress('fe80::1')).toBe(true)
  })

  it('a name that resolves to a private address is never connected to', async () => {
    let reached = false
    const server = createServer((_req, res) => {
      reached = true
      res.end('ok')
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()))
    const { port } = server.address() as AddressInfo
    try {
      // "localhost" resolves to 127.0.0.1 (and ::1): refused at connection time, as a rebinding DNS name would be.
      const refused = await postJson(`http://localhost:${port}/`, '{}', {}, { timeoutMs: 2000, allowPrivate: false })
      expect(refused).toMatchObject({ statusCode: null, error: expect.stringMatching(/resolves to a private address/) })
      expect(reached).toBe(false)
      const allowed = await postJson(`http://localhost:${port}/`, '{}', {}, { timeoutMs: 2000, allowPrivate: true })
      expect(allowed).toMatchObject({ statusCode: 200, body: 'ok', error: null })
    } finally {
      server.closeAllConnections()
      server.close()
    }
  })

  it('a receiver that does not answer in time is a failed delivery, not a hung job', async () => {
    const server = createServer(() => undefined)
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()))
    const { port } = server.address() as AddressInfo
    try {
      const result = await postJson(`http://127.0.0.1:${port}/`, '{}', {}, { timeoutMs: 300, allowPrivate: true })
      expect(result).toMatchObject({ statusCode: null, error: 'No answer within 300 ms' })
      expect(result.durationMs).toBeLessThan(2000)
    } finally {
      server.closeAllConnections()
      server.close()
    }
  })
})
