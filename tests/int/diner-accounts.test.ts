import type { Server } from 'node:http'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { freePort } from '../../scripts/free-port'
import { call, CookieJar, linkInMail, signedInDiner } from '../support/diners'
import { gql, login } from '../support/http'
import { startOidcProvider, TEST_CLIENT } from '../support/oidcProvider'
import { testPayload } from '../support/payload'
import { SmtpSink } from '../support/smtpSink'

let payload: Payload

const smtp = new SmtpSink(Number(process.env.SMTP_PORT))

beforeAll(async () => {
  payload = await testPayload()
  await smtp.start()
})
afterAll(() => smtp.stop())

describe('a diner with an account', () => {
  it('registers, confirms the emailed link, and only then signs in', async () => {
    const email = 'nina.register@example.fr'
    const res = await call('POST', '/customers/register', { body: { name: 'Nina', email: 'Nina.Register@Example.fr', password: 'nina-secret-123', locale: 'fr' } })
    expect(res.status).toBe(202)
    const early = await call('POST', '/customers/login', { body: { email, password: 'nina-secret-123' } })
    expect(early.status).toBe(403)
    expect(early.setCookies).toEqual([])

    const link = await linkInMail(smtp, email, /\/fr\/account\/verify\?token=/)
    const token = new URL(link).searchParams.get('token')!
    // In French, with a text part that gives the link written out.
    const [mail] = smtp.to(email)
    expect(mail?.subject).toBe('Confirmez votre adresse e-mail')
    expect(mail?.text).toContain(`Confirmer mon e-mail\u00a0: ${link}`)
    expect(mail?.text).not.toMatch(/<[a-z/]/i)
    expect((await call('POST', `/customers/verify/${token}`)).status).toBe(200)

    const jar = new CookieJar()
    const signIn = await call('POST', '/customers/login', { jar, body: { email, password: 'nina-secret-123' } })
    expect(signIn.status).toBe(200)
    expect(signIn.json.user).toEqual({ id: expect.any(Number), email, name: 'Nina', locale: 'fr', phone: null })
    expect((await call('GET', '/customers/me', { jar })).json.user.email).toBe(email)
  })

  it('registering an address twice keeps one account and answers the same', async () => {
    const body = { name: 'Twice', email: 'twice@example.fr', password: 'twice-secret-123' }
    const first = await call('POST', '/customers/register', { body })
    const second = await call('POST', '/customers/register', { body: { ...body, name: 'Someone else' } })
    expect(second.status).toBe(first.status)
    expect(second.json).toEqual(first.json)
    const { docs } = await payload.find({ collection: 'customers', where: { email: { equals: 'twice@example.fr' } } })
    expect(docs.map((d) => d.name)).toEqual(['Twice'])
  })

  it('gets a clear 422 for a short password or a bad email', async () => {
    const res = await call('POST', '/customers/register', { body: { name: 'X', email: 'not-an-email', password: 'short' } })
    expect(res.status).toBe(422)
    expect(res.json.errors.map((e: { field: string }) => e.field).sort()).toEqual(['email', 'password'])
  })

  it('signing in sets the diner cookie (HttpOnly, SameSite=Lax, Path=/) and never the staff cookie', async () => {
    await payload.create({ collection: 'customers', data: { email: 'cookie@example.fr', name: 'C', password: 'cookie-secret-123', _verified: true }, disableVerificationEmail: true })
    const res = await call('POST', '/customers/login', { body: { email: 'cookie@example.fr', password: 'cookie-secret-123' } })
    expect(res.status).toBe(200)
    expect(res.setCookies).toHaveLength(1)
    expect(res.setCookies[0]).toMatch(/^techplus-diner=[^;]+; Path=\/; HttpOnly; SameSite=Lax; Max-Age=\d+/)
    expect(res.setCookies.join()).not.toContain('payload-token')
    expect(res.json).not.toHaveProperty('token')
  })

  it('a wrong password is refused with 401 and no cookie', async () => {
    await payload.create({ collection: 'customers', data: { email: 'wrong@example.fr', name: 'W', password: 'right-secret-123', _verified: true }, disableVerificationEmail: true })
    const res = await call('POST', '/customers/login', { body: { email: 'wrong@example.fr', password: 'wrong-secret-123' } })
    expect(res.status).toBe(401)
    expect(res.setCookies).toEqual([])
  })

  it("another site's page cannot act with the diner's cookie", async () => {
    const jar = await signedInDiner(payload, 'origin@example.fr')
    const elsewhere = await call('DELETE', '/customers/account', { jar, body: { confirm: true }, headers: { Origin: 'https://elsewhere.example' } })
    expect(elsewhere.status).toBe(401)
    expect((await call('GET', '/customers/me', { jar, headers: { Origin: 'http://localhost:3000' } })).status).toBe(200)
  })

  it('signing out ends the session: the old cookie no longer opens the account', async () => {
    const jar = await signedInDiner(payload, 'logout@example.fr')
    const stolen = jar.header()
    const res = await call('POST', '/customers/logout', { jar })
    expect(res.status).toBe(200)
    expect(jar.cookies.has('techplus-diner')).toBe(false)
    expect((await call('GET', '/customers/me', { cookie: stolen })).status).toBe(401)
  })

  it('refreshing swaps the session: the new cookie works, the old one no longer does', async () => {
    const jar = await signedInDiner(payload, 'refresh@example.fr')
    const before = jar.header()
    expect((await call('POST', '/customers/refresh-token', { jar })).status).toBe(200)
    expect(jar.header()).not.toBe(before)
    expect((await call('GET', '/customers/me', { jar })).status).toBe(200)
    expect((await call('GET', '/customers/me', { cookie: before })).status).toBe(401)
  })

  it('sets a new password from the emailed link, and the old one stops working', async () => {
    const email = 'forgot@example.fr'
    await signedInDiner(payload, email, 'Forgot', 'old-password-123')
    const res = await call('POST', '/customers/forgot-password', { body: { email } })
    expect(res.status).toBe(202)
    const link = await linkInMail(smtp, email, /\/en\/account\/reset\?token=/)
    const token = new URL(link).searchParams.get('token')!
    const [mail] = smtp.to(email)
    expect(mail?.subject).toBe('Choose a new password')
    expect(mail?.text).toContain(`Choose a new password: ${link}`)
    expect((await call('POST', '/customers/reset-password', { body: { token, password: 'new-password-456' } })).status).toBe(200)
    expect((await call('POST', '/customers/login', { body: { email, password: 'old-password-123' } })).status).toBe(401)
    expect((await call('POST', '/customers/login', { body: { email, password: 'new-password-456' } })).status).toBe(200)
    // A link works once.
    expect((await call('POST', '/customers/reset-password', { body: { token, password: 'third-password-789' } })).status).toBe(400)
  })

  it('asking for a reset of an unknown address answers the same as for a known one', async () => {
    const res = await call('POST', '/customers/forgot-password', { body: { email: 'nobody-here@example.fr' } })
    expect(res.status).toBe(202)
  })
})

describe('diners and staff are kept apart', () => {
  it("a diner's token opens neither the admin nor any staff data", async () => {
    await payload.create({ collection: 'customers', data: { email: 'curious@example.fr', name: 'Curious', password: 'curious-secret-123', _verified: true }, disableVerificationEmail: true })
    // The token Payload signs for a diner, used as if it were a staff token.
    const { token } = await payload.login({ collection: 'customers', data: { email: 'curious@example.fr', password: 'curious-secret-123' } })
    const access = await call('GET', '/access', { token: token! })
    // Payload leaves out permissions that are refused; a staff token, for contrast, gets the admin.
    expect(access.json.canAccessAdmin ?? false).toBe(false)
    expect((await call('GET', '/access', { token: await login('host@techplus.test', 'techplus-host') })).json.canAccessAdmin).toBe(true)
    for (const collection of ['reservations', 'guests', 'users', 'customers', 'message-log', 'audit-log']) {
      const res = await call('GET', `/${collection}?limit=5`, { token: token! })
      expect([401, 403], collection).toContain(res.status)
    }
    const asCookie = await call('GET', '/reservations?limit=5', { cookie: `payload-token=${token}` })
    expect(asCookie.status).toBe(403)
  })

  it('a diner cookie opens no staff endpoint', async () => {
    const jar = await signedInDiner(payload, 'nosy@example.fr')
    expect((await call('GET', '/reservations?limit=5', { jar })).status).toBe(403)
    expect((await call('GET', '/reservations/export?format=csv', { jar })).status).toBe(401)
    expect((await call('GET', '/access', { jar })).json.canAccessAdmin ?? false).toBe(false)
  })

  it('a staff token is no diner: diner endpoints answer 401', async () => {
    const staff = await login('admin@techplus.test', 'techplus-admin')
    for (const path of ['/customers/me', '/customers/bookings', '/customers/export']) {
      expect((await call('GET', path, { token: staff })).status, path).toBe(401)
      expect((await call('GET', path, { cookie: `payload-token=${staff}` })).status, path).toBe(401)
    }
    expect((await call('POST', '/customers/refresh-token', { token: staff })).status).toBe(401)
    expect((await call('DELETE', '/customers/account', { token: staff, body: { confirm: true } })).status).toBe(401)
  })

  it("Payload's own routes cannot hand a diner the shared staff cookie", async () => {
    const first = await call('POST', '/customers/first-register', { body: { email: 'first@example.fr', password: 'first-secret-123', name: 'F' } })
    expect(first.status).toBe(404)
    expect(first.setCookies).toEqual([])
    const mutation = await gql('mutation { loginCustomer(email: "curious@example.fr", password: "curious-secret-123") { token } }')
    expect(mutation.json.errors?.length).toBeGreaterThan(0)
    // Creating an account goes through /register only (verified email, chosen fields).
    const rest = await call('POST', '/customers', { body: { email: 'rest@example.fr', password: 'rest-secret-123', name: 'R', _verified: true } })
    expect(rest.status).toBe(403)
  })
})

describe('signing in with a provider', () => {
  let provider: Server
  beforeAll(async () => {
    const port = await freePort()
    provider = await startOidcProvider(port, ['http://localhost:3000/api/customers/oauth/oidc/callback'])
    Object.assign(process.env, { OIDC_ISSUER: `http://127.0.0.1:${port}`, OIDC_CLIENT_ID: TEST_CLIENT.id, OIDC_CLIENT_SECRET: TEST_CLIENT.secret })
  })
  afterAll(() => {
    delete process.env.OIDC_ISSUER
    provider.close()
  })

  it('answers 404 for a provider this installation has not configured', async () => {
    const res = await call('GET', '/customers/oauth/google?locale=en')
    expect(res.status).toBe(404)
    expect(res.json.errors[0].code).toBe('unknown_provider')
  })

  it('sends the diner to the provider with state, nonce and a PKCE challenge, remembered in a short-lived cookie', async () => {
    const res = await call('GET', '/customers/oauth/oidc?locale=en')
    expect(res.status).toBe(302)
    const to = new URL(res.headers.get('location')!)
    expect(to.origin).toBe(process.env.OIDC_ISSUER)
    expect(Object.fromEntries(to.searchParams)).toMatchObject({
      client_id: TEST_CLIENT.id,
      redirect_uri: 'http://localhost:3000/api/customers/oauth/oidc/callback',
      code_challenge_method: 'S256',
      state: expect.any(String),
      nonce: expect.any(String),
      code_challenge: expect.any(String),
    })
    expect(res.setCookies[0]).toMatch(/^techplus-oauth=[^;]+; Path=\/api\/customers\/oauth; HttpOnly; SameSite=Lax; Max-Age=600/)
  })

  it('turns away a callback it did not start, or whose state does not match, without signing anyone in', async () => {
    const stray = await call('GET', '/customers/oauth/oidc/callback?code=abc&state=xyz')
    expect(stray.status).toBe(302)
    expect(stray.headers.get('location')).toBe('http://localhost:3000/fr/account/sign-in?error=provider')
    const jar = new CookieJar()
    await call('GET', '/customers/oauth/oidc?locale=en', { jar })
    const forged = await call('GET', '/customers/oauth/oidc/callback?code=abc&state=not-the-state', { jar })
    expect(forged.headers.get('location')).toBe('http://localhost:3000/en/account/sign-in?error=provider')
    expect(jar.cookies.has('techplus-diner')).toBe(false)
    expect(jar.cookies.has('techplus-oauth')).toBe(false)
  })
})

