import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { linkInMail } from '../support/diners'
import { api, gql, login } from '../support/http'
import { testPayload } from '../support/payload'
import { createTestRestaurant, signedInStaff } from '../support/restaurants'
import { SmtpSink } from '../support/smtpSink'

let payload: Payload
const smtp = new SmtpSink(Number(process.env.SMTP_PORT))
let A: number
let B: number
let ownerA: string
let ownerAId: number
let managerA: string
let hostB: number
let admin: string

const userByEmail = async (email: string) => (await payload.find({ collection: 'users', where: { email: { equals: email } }, depth: 0, overrideAccess: true })).docs[0]!
const restaurantIds = (user: { restaurants?: unknown[] | null }) => (user.restaurants ?? []).map((r) => (typeof r === 'object' ? (r as { id: number }).id : r))
const auditOf = async (userId: number, action: string) =>
  (await payload.find({ collection: 'audit-log', where: { entity: { equals: 'users' }, entityId: { equals: String(userId) }, action: { equals: action } }, depth: 0, sort: '-createdAt' })).docs
/** A member of staff made directly (no email), for the stories that start from an existing account. */
async function staff(email: string, roles: string[], restaurants: number[]) {
  return payload.create({ collection: 'users', data: { email, name: email.split('@')[0]!, password: 'staff-password-1', roles, restaurants } as never })
}
const invite = (body: Record<string, unknown>, token = ownerA) => api('POST', '/users/invite', { token, body: { name: 'Léa Martin', language: 'fr', ...body } })
const patch = (id: number, body: Record<string, unknown>, token = ownerA) => api('PATCH', `/users/${id}?depth=0`, { token, body })
const codeOf = (res: { json: any }) => res.json?.errors?.[0]?.data?.code ?? res.json?.errors?.[0]?.code

beforeAll(async () => {
  payload = await testPayload()
  await smtp.start()
  A = (await createTestRestaurant(payload, 'team-a', [])).restaurant.id
  B = (await createTestRestaurant(payload, 'team-b', [])).restaurant.id
  ownerA = await signedInStaff(payload, 'owner@team-a.test', 'owner', A)
  ownerAId = (await userByEmail('owner@team-a.test')).id
  managerA = await signedInStaff(payload, 'manager@team-a.test', 'manager', A)
  hostB = (await staff('host@team-b.test', ['host'], [B])).id
  admin = await login('admin@techplus.test', 'techplus-admin')
})

afterAll(() => smtp.stop())

describe('an owner invites their team', () => {
  it('invites a host to their restaurant: the French email’s link sets a password and the host signs in', async () => {
    const email = 'lea@team-a.test'
    const res = await invite({ email: 'Lea@Team-A.test', role: 'host', restaurants: [A] })
    expect(res.status).toBe(202)
    const user = await userByEmail(email)
    expect(user).toMatchObject({ name: 'Léa Martin', roles: ['host'], disabled: false })
    expect(restaurantIds(user)).toEqual([A])
    // No usable password until the link is used.
    expect((await api('POST', '/users/login', { body: { email, password: 'staff-password-1' } })).status).toBe(401)

    const link = await linkInMail(smtp, email, /\/admin\/reset\//)
    const [mail] = smtp.to(email)
    expect(mail?.subject).toMatch(/^Vous êtes invité à rejoindre Test team-a sur /)
    expect(mail?.text).toContain(`Choisir mon mot de passe\u00a0: ${link}`)
    const token = decodeURIComponent(new URL(link).pathname.split('/').pop()!)
    expect((await api('POST', '/users/reset-password', { body: { token, password: 'lea-chooses-this-1' } })).status).toBe(200)
    const signedIn = await login(email, 'lea-chooses-this-1')
    expect((await api('GET', '/users/me', { token: signedIn })).json.user.email).toBe(email)

    const [entry] = await auditOf(user.id, 'invite')
    expect(entry).toMatchObject({ actor: ownerAId, restaurant: A })
    // The owner reads it in their audit log.
    expect((await api('GET', `/audit-log/${entry!.id}`, { token: ownerA })).status).toBe(200)
  })

  it('writes the invitation in English when asked', async () => {
    const email = 'sam@team-a.test'
    expect((await invite({ email, role: 'manager', restaurants: [A], language: 'en' })).status).toBe(202)
    await linkInMail(smtp, email, /\/admin\/reset\//)
    expect(smtp.to(email)[0]?.subject).toMatch(/^You are invited to join Test team-a on /)
  })

  it('re-inviting an address keeps one account and sends a fresh link', async () => {
    const email = 'twice@team-a.test'
    await invite({ email, role: 'host', restaurants: [A] })
    await linkInMail(smtp, email, /\/admin\/reset\//)
    const again = await invite({ email, role: 'manager', restaurants: [A], name: 'Someone else' })
    expect(again.status).toBe(202)
    const { docs } = await payload.find({ collection: 'users', where: { email: { equals: email } }, depth: 0 })
    expect(docs.map((d) => [d.name, d.roles])).toEqual([['Léa Martin', ['host']]])
    for (let i = 0; i < 50 && smtp.to(email).length < 2; i++) await new Promise((r) => setTimeout(r, 100))
    expect(smtp.to(email)).toHaveLength(2)
  })

  it('inviting another restaurant’s staff changes nothing, answers the same, and only tells that person', async () => {
    const res = await invite({ email: 'host@team-b.test', role: 'manager', restaurants: [A] })
    expect(res.status).toBe(202)
    expect(res.json).toEqual({ status: 'sent', email: 'host@team-b.test' })
    const user = await userByEmail('host@team-b.test')
    expect(user.roles).toEqual(['host'])
    expect(restaurantIds(user)).toEqual([B])
    for (let i = 0; i < 50 && !smtp.to('host@team-b.test').length; i++) await new Promise((r) => setTimeout(r, 100))
    const [mail] = smtp.to('host@team-b.test')
    expect(mail?.subject).toMatch(/^Une invitation à rejoindre Test team-a sur /)
    expect(String(mail?.html)).not.toContain('/admin/reset/')
    expect(await auditOf(user.id, 'invite')).toEqual([])
  })

  it('cannot invite an owner or an admin, nor to another restaurant', async () => {
    expect(codeOf(await invite({ email: 'boss@team-a.test', role: 'owner', restaurants: [A] }))).toBe('role_too_high')
    expect(codeOf(await invite({ email: 'boss@team-a.test', role: 'admin', restaurants: [A] }))).toBe('role_too_high')
    const elsewhere = await invite({ email: 'boss@team-a.test', role: 'host', restaurants: [B] })
    expect([elsewhere.status, codeOf(elsewhere)]).toEqual([403, 'restaurant_not_yours'])
    expect((await payload.find({ collection: 'users', where: { email: { equals: 'boss@team-a.test' } } })).totalDocs).toBe(0)
  })

  it('is for owners and admins: a manager cannot invite, nobody signed in is asked to sign in, bad input is a 422', async () => {
    const manager = await invite({ email: 'nope@team-a.test', role: 'host', restaurants: [A] }, managerA)
    expect([manager.status, codeOf(manager)]).toEqual([403, 'forbidden'])
    expect((await api('POST', '/users/invite', { body: { email: 'nope@team-a.test', name: 'N', role: 'host', restaurants: [A] } })).status).toBe(401)
    const bad = await invite({ email: 'not-an-email', role: 'chef', restaurants: [] })
    expect(bad.status).toBe(422)
    expect(bad.json.errors.map((e: { field: string }) => e.field).sort()).toEqual(['email', 'restaurants', 'role'])
    expect((await invite({ email: 'admin-made@team-b.test', role: 'owner', restaurants: [B] }, admin)).status).toBe(202)
  })
})

describe('an owner changes roles and access within their team', () => {
  it('changes a host into a manager, audited and readable by the owner', async () => {
    const host = await staff('promote@team-a.test', ['host'], [A])
    const res = await patch(host.id, { roles: ['manager'] })
    expect(res.status).toBe(200)
    expect(res.json.doc.roles).toEqual(['manager'])
    const [entry] = await auditOf(host.id, 'role_change')
    expect(entry).toMatchObject({ actor: ownerAId, restaurant: A, changes: { roles: [['host'], ['manager']] } })
    expect((await api('GET', `/audit-log/${entry!.id}`, { token: ownerA })).status).toBe(200)
  })

  it('cannot promote anyone to owner or admin', async () => {
    const host = await staff('climb@team-a.test', ['host'], [A])
    for (const roles of [['owner'], ['admin'], ['manager', 'owner']]) {
      const res = await patch(host.id, { roles })
      expect([roles.join(), res.status, codeOf(res)]).toEqual([roles.join(), 403, 'role_too_high'])
    }
    expect((await userByEmail('climb@team-a.test')).roles).toEqual(['host'])
  })

  it('cannot see or touch the staff of restaurant B, over REST or GraphQL', async () => {
    expect((await api('GET', `/users/${hostB}`, { token: ownerA })).status).toBe(404)
    // Payload answers an update its access rules exclude with 403, whether or not the account exists.
    expect((await patch(hostB, { name: 'Renamed' })).status).toBe(403)
    expect((await patch(hostB, { disabled: true })).status).toBe(403)
    const { json } = await gql(`{ Users(where: { id: { equals: ${hostB} } }) { docs { id } } }`, { token: ownerA })
    expect(json.data.Users.docs).toEqual([])
    expect(await userByEmail('host@team-b.test')).toMatchObject({ name: 'host', disabled: false })
  })

  it('cannot add restaurant B to anyone', async () => {
    const host = await staff('spread@team-a.test', ['host'], [A])
    const res = await patch(host.id, { restaurants: [A, B] })
    expect([res.status, codeOf(res)]).toEqual([403, 'restaurant_not_yours'])
    expect(restaurantIds(await userByEmail('spread@team-a.test'))).toEqual([A])
  })

  it('only adds or removes their own restaurant for someone who also works at B', async () => {
    const shared = await staff('shared@team-a.test', ['host'], [A, B])
    expect(codeOf(await patch(shared.id, { roles: ['manager'] }))).toBe('shared_staff')
    expect(codeOf(await patch(shared.id, { disabled: true }))).toBe('shared_staff')
    const removed = await patch(shared.id, { restaurants: [B] })
    expect(removed.status).toBe(200)
    expect(restaurantIds(await userByEmail('shared@team-a.test'))).toEqual([B])
  })

  it('does not manage another owner of the same restaurant', async () => {
    const coOwner = await staff('co-owner@team-a.test', ['owner'], [A])
    expect(codeOf(await patch(coOwner.id, { disabled: true }))).toBe('forbidden')
    expect(codeOf(await patch(coOwner.id, { roles: ['host'] }))).toBe('forbidden')
  })

  it('a manager cannot change roles: their colleagues’ accounts are not theirs to read or edit', async () => {
    const host = await staff('colleague@team-a.test', ['host'], [A])
    expect((await api('GET', `/users/${host.id}`, { token: managerA })).status).toBe(404)
    expect((await patch(host.id, { roles: ['manager'] }, managerA)).status).toBe(403)
    expect((await userByEmail('colleague@team-a.test')).roles).toEqual(['host'])
  })

  it('nobody changes their own role or disables themselves', async () => {
    // An owner's own role and restaurants are not theirs to edit: the stored values stay.
    const own = await patch(ownerAId, { roles: ['admin'], restaurants: [A, B] })
    expect(own.status).toBe(200)
    expect(own.json.doc.roles).toEqual(['owner'])
    expect(restaurantIds(own.json.doc)).toEqual([A])
    const adminId = (await userByEmail('admin@techplus.test')).id
    expect(codeOf(await patch(adminId, { disabled: true }, admin))).toBe('own_account')
    expect(codeOf(await patch(adminId, { roles: ['host'] }, admin))).toBe('own_account')
  })
})

describe('disabling a member of staff', () => {
  it('blocks signing in and the token they already hold; re-enabling restores them; both audited', async () => {
    const email = 'leaving@team-a.test'
    const token = await signedInStaff(payload, email, 'host', A)
    const id = (await userByEmail(email)).id
    expect((await api('GET', '/reservations?limit=1', { token })).status).toBe(200)

    expect((await patch(id, { disabled: true })).status).toBe(200)
    expect((await api('GET', '/users/me', { token })).json.user).toBeNull()
    expect((await api('GET', '/reservations?limit=1', { token })).status).toBe(403)
    const refused = await api('POST', '/users/login', { body: { email, password: 'host-password' } })
    expect([refused.status, codeOf(refused)]).toEqual([403, 'account_disabled'])
    expect(await auditOf(id, 'disable')).toHaveLength(1)

    expect((await patch(id, { disabled: false })).status).toBe(200)
    const again = await login(email, 'host-password')
    expect((await api('GET', '/reservations?limit=1', { token: again })).status).toBe(200)
    expect(await auditOf(id, 'enable')).toHaveLength(1)
  })
})
