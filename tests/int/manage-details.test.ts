import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { addressFingerprint, signEmailChange } from '../../src/plugins/reservations/utilities/emailChangeToken'
import { call, signedInDiner, CookieJar } from '../support/diners'
import { api } from '../support/http'
import { testPayload } from '../support/payload'
import { createTestRestaurant, parisTime } from '../support/restaurants'
import { SmtpSink } from '../support/smtpSink'

let payload: Payload
const smtp = new SmtpSink(Number(process.env.SMTP_PORT))

async function runJobs() {
  for (let round = 0; round < 10; round++) {
    const result = await payload.jobs.run({ limit: 100, silent: true })
    if (!result.jobStatus || Object.keys(result.jobStatus).length === 0) return
  }
}

let day = 20
async function book(email: string, phone?: string) {
  const res = await api('POST', '/reservations/book', {
    body: { restaurant: 'coordonnees', startsAt: parisTime(day++, '19:00').iso, partySize: 2, guest: { name: 'Jeanne Moreau', email, phone }, locale: 'fr' },
  })
  expect(res.status, JSON.stringify(res.json)).toBe(201)
  const { reference, manageToken } = res.json as { reference: string; manageToken: string }
  const reservation = (await payload.find({ collection: 'reservations', where: { reference: { equals: reference } }, depth: 0 })).docs[0]!
  return { reference, manageToken, reservation }
}

const linksIn = (html: unknown) => [...String(html).matchAll(/href="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'))

beforeAll(async () => {
  payload = await testPayload()
  await createTestRestaurant(payload, 'coordonnees', [{ label: 'C1', min: 1, max: 4 }, { label: 'C2', min: 1, max: 4 }])
  await payload.delete({ collection: 'payload-jobs', where: { id: { exists: true } } })
  await smtp.start()
})
afterAll(() => smtp.stop())

describe('a guest correcting their details from the manage page', () => {
  it('corrects name and phone: the booking and the guest profile take them, the phone in E.164, and it is audited', async () => {
    const { manageToken, reservation } = await book('jeanne.fix@example.fr', '06 12 34 56 78')
    const res = await api('PATCH', `/reservations/manage/${manageToken}/guest`, { body: { name: 'Jeanne Moreau-Blanc', phone: '07 98 76 54 32' } })
    expect(res.status, JSON.stringify(res.json)).toBe(200)
    expect(res.json).toMatchObject({ guestName: 'Jeanne Moreau-Blanc', guestPhone: '+33798765432', guestEmail: 'jeanne.fix@example.fr' })
    const guest = await payload.findByID({ collection: 'guests', id: reservation.guest as number, depth: 0 })
    expect(guest).toMatchObject({ name: 'Jeanne Moreau-Blanc', phone: '+33798765432' })
    const audit = await payload.find({ collection: 'audit-log', where: { and: [{ entity: { equals: 'reservations' } }, { entityId: { equals: String(reservation.id) } }, { action: { equals: 'update' } }] }, depth: 0 })
    expect(audit.docs.some((entry) => (entry.changes as Record<string, unknown>)?.guestPhone)).toBe(true)
  })

  it('is refused with a code for a number that is none, or a missing name', async () => {
    const { manageToken } = await book('jeanne.bad@example.fr')
    const bad = await api('PATCH', `/reservations/manage/${manageToken}/guest`, { body: { name: 'J', phone: '12' } })
    expect(bad.status).toBe(422)
    expect(bad.json.errors.map((e: { code: string; field: string }) => [e.field, e.code]).sort()).toEqual([
      ['name', 'name_required'],
      ['phone', 'invalid_phone'],
    ])
  })

  it('cannot correct a cancelled booking', async () => {
    const { manageToken } = await book('jeanne.cancelled@example.fr')
    await api('DELETE', `/reservations/manage/${manageToken}`)
    const res = await api('PATCH', `/reservations/manage/${manageToken}/guest`, { body: { name: 'Jeanne', phone: '' } })
    expect(res.status).toBe(409)
    expect(res.json.errors[0].code).toBe('not_changeable')
  })
})

describe('a guest changing their booking’s email', () => {
  it('keeps the old address until the link sent to the new one is opened; then the old one is told', async () => {
    const { manageToken, reservation, reference } = await book('old.address@example.fr')
    const asked = await api('POST', `/reservations/manage/${manageToken}/email`, { body: { email: 'New.Address@Example.fr' } })
    expect(asked.status, JSON.stringify(asked.json)).toBe(202)
    expect(asked.json.pendingEmail).toBe('new.address@example.fr')
    expect((await api('GET', `/reservations/manage/${manageToken}`)).json.guestEmail).toBe('old.address@example.fr')

    await runJobs()
    const [invitation] = smtp.to('new.address@example.fr')
    expect(invitation?.subject).toBe('Confirmez votre nouvelle adresse e-mail — Test coordonnees')
    const link = linksIn(invitation!.html).find((href) => href.includes('confirm-email='))!
    expect(link.startsWith(`http://localhost:3000/fr/reservation/${manageToken}?confirm-email=`)).toBe(true)
    // Opening the link is not enough by itself: the page posts it back.
    expect((await api('GET', `/reservations/manage/${manageToken}`)).json.guestEmail).toBe('old.address@example.fr')

    const changeToken = new URL(link).searchParams.get('confirm-email')!
    const confirmed = await api('POST', `/reservations/manage/${manageToken}/email/confirm`, { body: { token: changeToken } })
    expect(confirmed.status, JSON.stringify(confirmed.json)).toBe(200)
    expect(confirmed.json.guestEmail).toBe('new.address@example.fr')
    const moved = await payload.findByID({ collection: 'reservations', id: reservation.id, depth: 1 })
    expect((moved.guest as { email: string }).email).toBe('new.address@example.fr')

    await runJobs()
    const [notice] = smtp.to('old.address@example.fr').filter((mail) => mail.subject?.startsWith('Nouvelle adresse'))
    expect(notice?.text).toContain(`Les e-mails de la réservation ${reference} arrivent désormais à n•••s@example.fr`)
    const audit = await payload.find({ collection: 'audit-log', where: { and: [{ action: { equals: 'email_change' } }, { entityId: { equals: String(reservation.id) } }] }, sort: 'createdAt', depth: 0 })
    expect(audit.docs.map((d) => d.summary)).toEqual([
      `New email address asked for booking ${reference}: confirmation link sent to it`,
      `New email address confirmed for booking ${reference}`,
    ])
    // A second click answers the booking as it is.
    expect((await api('POST', `/reservations/manage/${manageToken}/email/confirm`, { body: { token: changeToken } })).status).toBe(200)
  })

  it('refuses an altered link, another booking’s link and a spent one, with codes', async () => {
    const first = await book('first.owner@example.fr')
    const second = await book('second.owner@example.fr')
    const claim = { reservation: first.reservation.id, email: 'taker@example.fr', expiresAt: new Date(Date.now() + 3_600_000).toISOString(), from: addressFingerprint('first.owner@example.fr') }
    const good = signEmailChange(claim)
    const altered = signEmailChange({ ...claim, email: 'other@example.fr' }).split('.')[0] + '.' + good.split('.')[1]
    for (const [token, manage] of [
      [altered, first.manageToken],
      [good, second.manageToken],
      [`${good}x`, first.manageToken],
      ['junk', first.manageToken],
    ] as const) {
      const res = await api('POST', `/reservations/manage/${manage}/email/confirm`, { body: { token } })
      expect(res.status).toBe(400)
      expect(res.json.errors[0]).toMatchObject({ code: 'email_link_invalid', field: 'token' })
    }
    // Superseded: the address changed since the link was made.
    await payload.update({ collection: 'reservations', id: first.reservation.id, data: { guestEmail: 'changed.meanwhile@example.fr' }, context: { bookingChecked: true, silent: true } })
    const spent = await api('POST', `/reservations/manage/${first.manageToken}/email/confirm`, { body: { token: good } })
    expect(spent.json.errors[0].code).toBe('email_link_invalid')
    expect((await api('GET', `/reservations/manage/${first.manageToken}`)).json.guestEmail).toBe('changed.meanwhile@example.fr')
  })

  it('refuses an expired link with its own code, and keeps the old address', async () => {
    const { manageToken, reservation } = await book('expired.owner@example.fr')
    const token = signEmailChange({ reservation: reservation.id, email: 'late@example.fr', expiresAt: new Date(Date.now() - 60_000).toISOString(), from: addressFingerprint('expired.owner@example.fr') })
    const res = await api('POST', `/reservations/manage/${manageToken}/email/confirm`, { body: { token } })
    expect(res.status).toBe(410)
    expect(res.json.errors[0]).toMatchObject({ code: 'email_link_expired' })
    expect((await api('GET', `/reservations/manage/${manageToken}`)).json.guestEmail).toBe('expired.owner@example.fr')
  })

  it('refuses the address the booking already has, and an address that is none', async () => {
    const { manageToken } = await book('same.owner@example.fr')
    const same = await api('POST', `/reservations/manage/${manageToken}/email`, { body: { email: 'Same.Owner@example.fr' } })
    expect(same.status).toBe(422)
    expect(same.json.errors[0]).toMatchObject({ code: 'same_email', field: 'email' })
    const bad = await api('POST', `/reservations/manage/${manageToken}/email`, { body: { email: 'nope' } })
    expect(bad.json.errors[0]).toMatchObject({ code: 'invalid_email', field: 'email' })
  })
})

describe('a diner editing their profile', () => {
  it('saves name, phone (E.164) and language', async () => {
    const jar = await signedInDiner(payload, 'profile.edit@example.fr', 'Omar')
    const res = await call('PATCH', '/customers/profile', { jar, body: { name: 'Omar Haddad', phone: '06 11 22 33 44', locale: 'fr' } })
    expect(res.status, res.text).toBe(200)
    expect(res.json.user).toMatchObject({ name: 'Omar Haddad', phone: '+33611223344', locale: 'fr' })
    expect((await call('GET', '/customers/me', { jar })).json.user).toMatchObject({ name: 'Omar Haddad', phone: '+33611223344', locale: 'fr' })
  })

  it('changes the password only with the current one; other devices are signed out, this one stays', async () => {
    const jar = await signedInDiner(payload, 'profile.password@example.fr', 'Ines', 'first-password-123')
    const otherDevice = new CookieJar()
    expect((await call('POST', '/customers/login', { jar: otherDevice, body: { email: 'profile.password@example.fr', password: 'first-password-123' } })).status).toBe(200)
    const base = { name: 'Ines', locale: 'en' }

    const missing = await call('PATCH', '/customers/profile', { jar, body: { ...base, newPassword: 'second-password-456' } })
    expect(missing.status).toBe(422)
    expect(missing.json.errors[0]).toMatchObject({ code: 'current_password_required', field: 'currentPassword' })
    const wrong = await call('PATCH', '/customers/profile', { jar, body: { ...base, currentPassword: 'not-my-password', newPassword: 'second-password-456' } })
    expect(wrong.status).toBe(422)
    expect(wrong.json.errors[0]).toMatchObject({ code: 'wrong_password', field: 'currentPassword' })
    const short = await call('PATCH', '/customers/profile', { jar, body: { ...base, currentPassword: 'first-password-123', newPassword: 'short' } })
    expect(short.json.errors[0]).toMatchObject({ code: 'password_too_short', field: 'newPassword' })

    const changed = await call('PATCH', '/customers/profile', { jar, body: { ...base, currentPassword: 'first-password-123', newPassword: 'second-password-456' } })
    expect(changed.status, changed.text).toBe(200)
    expect((await call('GET', '/customers/me', { jar })).status).toBe(200)
    expect((await call('GET', '/customers/me', { jar: otherDevice })).status).toBe(401)
    expect((await call('POST', '/customers/login', { body: { email: 'profile.password@example.fr', password: 'first-password-123' } })).status).toBe(401)
    expect((await call('POST', '/customers/login', { body: { email: 'profile.password@example.fr', password: 'second-password-456' } })).status).toBe(200)
  })

  it('needs the diner’s own session', async () => {
    const res = await call('PATCH', '/customers/profile', { body: { name: 'Nobody', locale: 'fr' } })
    expect(res.status).toBe(401)
  })
})

describe('returning after sign-up', () => {
  it('carries the page the diner registered from into the confirmation link, and nothing from another site', async () => {
    await call('POST', '/customers/register', { body: { name: 'Retour', email: 'retour@example.fr', password: 'retour-secret-123', locale: 'fr', next: '/fr/book?party=4' } })
    await call('POST', '/customers/register', { body: { name: 'Evil', email: 'evil.next@example.fr', password: 'evil-secret-1234', locale: 'fr', next: '//evil.example/phish' } })
    const [mail] = smtp.to('retour@example.fr')
    const link = linksIn(mail!.html).find((href) => href.includes('/account/verify'))!
    expect(new URL(link).searchParams.get('next')).toBe('/fr/book?party=4')
    const [evil] = smtp.to('evil.next@example.fr')
    expect(linksIn(evil!.html).find((href) => href.includes('/account/verify'))).not.toContain('next=')
  })
})
