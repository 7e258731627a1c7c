import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { api, login } from '../support/http'
import { testPayload } from '../support/payload'

let payload: Payload
let admin: string
let owner: string

const latest = async (action: string, extra: Record<string, unknown> = {}) =>
  (await payload.find({ collection: 'audit-log', where: { action: { equals: action }, ...extra }, sort: '-createdAt', limit: 1, depth: 0 })).docs[0]

beforeAll(async () => {
  payload = await testPayload()
  admin = await login('admin@techplus.test', 'techplus-admin')
  owner = await login('owner@techplus.test', 'techplus-owner')
})

describe('the audit log', () => {
  it('records a failed sign-in with the address tried and where it came from, never the password', async () => {
    const { status } = await api('POST', '/users/login', { body: { email: 'host@techplus.test', password: 'not-the-one' }, headers: { 'x-forwarded-for': '203.0.113.9' } })
    expect(status).toBe(401)
    const entry = await latest('login_failed')
    expect(entry).toMatchObject({ entity: 'users', summary: 'Failed sign-in for host@techplus.test', ip: '203.0.113.9' })
    expect(JSON.stringify(entry)).not.toContain('not-the-one')
    // A good sign-in right after is recorded as such (and clears Payload's attempt counter).
    await login('host@techplus.test', 'techplus-host')
    expect((await latest('login'))?.summary).toBe('host@techplus.test signed in')
  })

  it('records who changed whose role and restaurants', async () => {
    const { json } = await api('POST', '/users', { token: admin, body: { email: 'promoted@techplus.test', password: 'a-long-password', name: 'Promue', roles: ['host'], restaurants: [1] } })
    await api('PATCH', `/users/${json.doc.id}`, { token: admin, body: { roles: ['manager'] } })
    const entry = await latest('role_change', { entityId: { equals: String(json.doc.id) } })
    expect(entry?.summary).toMatch(/promoted@techplus.test: roles manager/)
    expect(entry?.changes).toMatchObject({ roles: [['host'], ['manager']] })
    const adminUser = (await payload.find({ collection: 'users', where: { email: { equals: 'admin@techplus.test' } }, depth: 0 })).docs[0]!
    expect(entry?.actor).toBe(adminUser.id)
  })

  it('records a change of booking rules or policy, field by field', async () => {
    const zinc = (await payload.find({ collection: 'restaurants', where: { slug: { equals: 'le-petit-zinc' } }, depth: 0 })).docs[0]!
    const before = zinc.cancellation?.freeUntilHours
    await api('PATCH', `/restaurants/${zinc.id}`, { token: owner, body: { cancellation: { ...zinc.cancellation, freeUntilHours: 36 } } })
    const entry = await latest('update', { entity: { equals: 'restaurants' }, entityId: { equals: String(zinc.id) } })
    expect(JSON.stringify(entry?.changes)).toContain('"freeUntilHours":36')
    expect(entry?.restaurant).toBe(zinc.id)
    await api('PATCH', `/restaurants/${zinc.id}`, { token: owner, body: { cancellation: { ...zinc.cancellation, freeUntilHours: before } } })
  })

  it('records each export of guests’ personal data', async () => {
    const res = await api('GET', '/reservations/export?restaurant=le-petit-zinc&from=2026-01-01&to=2026-12-31', { token: owner })
    expect(res.status).toBe(200)
    const entry = await latest('export')
    expect(entry?.summary).toMatch(/^Exported \d+ bookings with guest details, 2026-01-01 to 2026-12-31$/)
  })

  it('cannot be changed or deleted, not even by an admin', async () => {
    const entry = (await latest('export'))!
    expect((await api('PATCH', `/audit-log/${entry.id}`, { token: admin, body: { summary: 'nothing happened' } })).status).toBe(403)
    expect((await api('DELETE', `/audit-log/${entry.id}`, { token: admin })).status).toBe(403)
    expect((await api('POST', '/audit-log', { token: admin, body: { action: 'login', entity: 'users', summary: 'forged' } })).status).toBe(403)
    expect((await payload.findByID({ collection: 'audit-log', id: entry.id })).summary).toBe(entry.summary)
  })
})
