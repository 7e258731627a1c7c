import { Validator } from '@seriousme/openapi-schema-validator'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { ERROR_CODES } from '../../src/domain/errors'
import { OTHER_ENDPOINTS } from '../../src/endpoints/openapi'
import { api } from '../support/http'
import { mountedEndpoints } from '../support/mountedEndpoints'
import { testPayload } from '../support/payload'

type Operation = {
  summary?: string
  security?: unknown[]
  'x-auth'?: string[]
  parameters?: Array<{ name: string; in: string }>
  requestBody?: { content: Record<string, { example?: unknown }> }
  responses: Record<string, { description?: string; content?: Record<string, { example?: unknown; schema?: { properties?: { errors?: { items?: { allOf?: Array<{ properties?: { code?: { enum?: string[] } } }> } } } } }> } & { $ref?: string }>
}
type Document = { openapi: string; info: { version: string }; paths: Record<string, Record<string, Operation>> }

let payload: Payload
let doc: Document

/** `METHOD /path` of each operation, as the config names its endpoints (`/api/x/{id}` → `/x/:id`). */
const documented = (d: Document) =>
  Object.entries(d.paths).flatMap(([path, item]) => Object.keys(item).map((method) => `${method.toUpperCase()} ${path.replace(/^\/api/, '').replace(/\{(\w+)\}/g, ':$1')}`))
const operations = (d: Document) => Object.entries(d.paths).flatMap(([path, item]) => Object.entries(item).map(([method, op]) => ({ key: `${method.toUpperCase()} ${path}`, op })))

beforeAll(async () => {
  payload = await testPayload()
  const res = await api('GET', '/openapi.json')
  expect(res.status).toBe(200)
  expect(res.headers.get('content-type')).toMatch(/^application\/json/)
  doc = res.json
})

describe('/api/openapi.json', () => {
  it('has an entry for every endpoint we mount, and none for an endpoint that is gone', async () => {
    // Read again now: Payload's Next adapter adds /og at the first request.
    const served = (await api('GET', '/openapi.json')).json as Document
    const mounted = await mountedEndpoints(payload.config)
    expect(documented(served).sort()).toEqual(mounted.sort())
    // The entries kept for other packages' endpoints (SEO, Stripe, /og) are for endpoints still there.
    for (const key of Object.keys(OTHER_ENDPOINTS)) expect(mounted, key).toContain(key)
  })

  it('is a valid OpenAPI 3.1 document', async () => {
    const result = await new Validator().validate(doc as never)
    expect(result.errors ?? []).toEqual([])
    expect(result.valid).toBe(true)
    expect(doc.openapi).toBe('3.1.0')
    expect(doc.info.version).toMatch(/^\d+\.\d+\.\d+$/)
  })

  it('gives each operation a summary, the auth it needs and an example', () => {
    for (const { key, op } of operations(doc)) {
      expect(op.summary, key).toBeTruthy()
      expect(op.security?.length, key).toBeGreaterThan(0)
      expect(op['x-auth']?.length, key).toBeGreaterThan(0)
      const examples = [...Object.values(op.requestBody?.content ?? {}), ...Object.values(op.responses).flatMap((r) => Object.values(r.content ?? {}))].filter((c) => c.example !== undefined)
      // A file or a redirect has nothing to show but its type.
      const answersJson = Object.values(op.responses).some((r) => r.content?.['application/json'])
      if (op.requestBody || answersJson) expect(examples.length, key).toBeGreaterThan(0)
    }
  })

  it('names each refusal by a code of src/domain/errors, with the error body', () => {
    const codes = new Set<string>(ERROR_CODES)
    const booking = doc.paths['/api/reservations/book']!.post!
    const conflict = booking.responses['409']!.content!['application/json']!.schema!.properties!.errors!.items!.allOf![1]!.properties!.code!.enum!
    expect(conflict).toEqual(expect.arrayContaining(['no_table', 'table_taken']))
    for (const { key, op } of operations(doc)) {
      for (const [status, response] of Object.entries(op.responses)) {
        // A 503 from /ready is its answer, not a refusal.
        if (Number(status) < 400 || response.$ref || !response.description?.startsWith('Refused')) continue
        for (const code of response.content!['application/json']!.schema!.properties!.errors!.items!.allOf![1]!.properties!.code!.enum!) expect(codes.has(code), `${key} ${status} ${code}`).toBe(true)
      }
      expect(op.responses['429'], key).toBeTruthy()
    }
  })

  it('describes the booking request with the schema the endpoint validates with', async () => {
    const body = doc.paths['/api/reservations/book']!.post!.requestBody!.content['application/json'] as { schema: { required: string[]; properties: Record<string, { enum?: string[]; maximum?: number }> } }
    expect(body.schema.required).toEqual(expect.arrayContaining(['restaurant', 'startsAt', 'partySize', 'guest']))
    expect(body.schema.properties.locale!.enum).toEqual(['fr', 'en'])
    // The same limit the endpoint applies: a party of 101 is refused by both.
    expect(body.schema.properties.partySize!.maximum).toBe(100)
    const refused = await api('POST', '/reservations/book', { body: { restaurant: 'le-petit-zinc', startsAt: '2030-01-01T19:00:00+01:00', partySize: 101, guest: { name: 'Max', email: 'max@example.fr' } } })
    expect(refused.json.errors[0]).toMatchObject({ code: 'too_big', field: 'partySize' })
  })

  it('declares the integration key and the staff session as security schemes', () => {
    const schemes = (doc as unknown as { components: { securitySchemes: Record<string, { type: string; in?: string; name?: string; description: string }> } }).components.securitySchemes
    expect(schemes.integrationKey).toMatchObject({ type: 'apiKey', in: 'header', name: 'Authorization' })
    expect(schemes.integrationKey!.description).toContain('integrations API-Key')
    expect(Object.keys(schemes)).toEqual(expect.arrayContaining(['staffJwt', 'staffCookie', 'dinerCookie', 'metricsToken', 'stripeSignature']))
    expect(doc.paths['/api/restaurants/{slug}/walk-in']!.post!.security).toEqual([{ staffJwt: [] }, { staffCookie: [] }])
  })
})

describe('the reference page, /api/docs', () => {
  it('is served from our origin under a policy that allows only our own scripts', async () => {
    const page = await api('GET', '/docs')
    expect(page.status).toBe(200)
    expect(page.headers.get('content-type')).toMatch(/^text\/html/)
    const policy = page.headers.get('content-security-policy')!
    expect(policy).toContain("script-src 'self'")
    expect(policy).not.toMatch(/unsafe-eval|https?:/)
    const sources = [...page.text.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!)
    expect(sources.every((s) => s.startsWith('/api/'))).toBe(true)
    expect(page.text).not.toMatch(/<script>(?!<\/script>)/)
    for (const source of sources.filter((s) => s.startsWith('/api/docs/'))) {
      const file = await api('GET', source.replace(/^\/api/, ''))
      expect([source, file.status]).toEqual([source, 200])
      expect(file.text.length).toBeGreaterThan(10)
    }
  })

  it('turns off Swagger UI\'s badge from validator.swagger.io and reads our document', async () => {
    const start = await api('GET', '/docs/reference.js')
    expect(start.text).toContain("url: '/api/openapi.json'")
    expect(start.text).toContain('validatorUrl: null')
  })

  it('serves no other file of the package', async () => {
    expect((await api('GET', '/docs/package.json')).status).toBe(404)
    expect((await api('GET', '/docs/..%2F..%2Fpackage.json')).status).toBe(404)
  })
})
