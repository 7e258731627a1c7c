import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { api, login } from '../support/http'
import { testPayload } from '../support/payload'

/**
 * The sites allowed to frame a restaurant's booking widget (its embed page's frame-ancestors):
 * owners list them, as origins only, in one spelling; a manager cannot widen the list.
 */
let payload: Payload
let zinc: number
let owner: string
let manager: string
let before: string[] | null | undefined

beforeAll(async () => {
  payload = await testPayload()
  const { docs } = await payload.find({ collection: 'restaurants', where: { slug: { equals: 'le-petit-zinc' } }, depth: 0, limit: 1 })
  zinc = docs[0]!.id
  before = docs[0]!.embedOrigins
  owner = await login('owner@techplus.test', 'techplus-owner')
  manager = await login('manager@techplus.test', 'techplus-manager')
})

afterAll(async () => {
  await payload.update({ collection: 'restaurants', id: zinc, data: { embedOrigins: before ?? [] }, overrideAccess: true })
})

const originsOfZinc = async () => (await payload.findByID({ collection: 'restaurants', id: zinc, depth: 0 })).embedOrigins

describe('a restaurant’s allowed embedding sites', () => {
  it('an owner lists the sites, kept as origins in one spelling and each once', async () => {
    const { status } = await api('PATCH', `/restaurants/${zinc}`, {
      token: owner,
      body: { embedOrigins: ['HTTPS://Hotel-Du-Port.example:443/', 'https://tourisme.example:8443', 'https://hotel-du-port.example', 'http://localhost:4100'] },
    })
    expect(status).toBe(200)
    expect(await originsOfZinc()).toEqual(['https://hotel-du-port.example', 'https://tourisme.example:8443', 'http://localhost:4100'])
  })

  for (const [what, value] of [
    ['a page rather than a site', 'https://hotel-du-port.example/reserver'],
    ['a wildcard', 'https://*.example'],
    ['plain http on the internet', 'http://hotel-du-port.example'],
    ['another scheme', 'javascript:alert(1)'],
    ['a keyword of the policy', "'unsafe-inline'"],
    ['two sites in one entry', 'https://a.example https://b.example'],
  ] as const) {
    it(`refuses ${what}, with a code on the field, in the admin's language`, async () => {
      const { status, json } = await api('PATCH', `/restaurants/${zinc}`, { token: owner, body: { embedOrigins: ['https://ok.example', value] }, headers: { 'Accept-Language': 'fr' } })
      expect(status).toBe(400)
      expect(json.errors[0].data.errors[0]).toMatchObject({ path: 'embedOrigins', code: 'invalid_origin', params: { origin: value } })
      expect(json.errors[0].data.errors[0].message).toMatch(/n’est pas une adresse de site/)
      expect(await originsOfZinc()).not.toContain('https://ok.example')
    })
  }

  it('a manager cannot add a site: the list stays the owner’s', async () => {
    await payload.update({ collection: 'restaurants', id: zinc, data: { embedOrigins: ['https://hotel-du-port.example'] }, overrideAccess: true })
    const { status } = await api('PATCH', `/restaurants/${zinc}`, { token: manager, body: { embedOrigins: ['https://elsewhere.example'] } })
    expect(status).toBe(200)
    expect(await originsOfZinc()).toEqual(['https://hotel-du-port.example'])
  })
})
