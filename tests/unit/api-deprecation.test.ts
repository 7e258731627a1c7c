import type { Endpoint, PayloadRequest, SanitizedConfig } from 'payload'
import { describe, expect, it } from 'vitest'

import { announceDeprecations, deprecationHeaders } from '../../src/infrastructure/openapi/deprecation'
import { openApiDocument } from '../../src/infrastructure/openapi/document'
import type { ApiOperation } from '../../src/infrastructure/openapi/operation'

const operation = (deprecated?: ApiOperation['deprecated']): ApiOperation => ({
  tag: 'Booking',
  summary: 'Old booking route',
  auth: ['public'],
  responses: { 200: { description: 'Done.' } },
  ...(deprecated ? { deprecated } : {}),
})
const ok: Endpoint['handler'] = async () => Response.json({ ok: true })
const endpoints: Endpoint[] = [
  { path: '/old-book', method: 'post', handler: ok, custom: { openapi: operation({ since: '2027-01-15', sunset: '2027-07-15', use: 'POST /api/reservations/book' }) } },
  { path: '/book', method: 'post', handler: ok, custom: { openapi: operation() } },
]

describe('a deprecated API operation', () => {
  it('announces its end on every answer: Deprecation, Sunset and a link to the reference', async () => {
    const config = announceDeprecations({ endpoints, collections: [] } as never)
    const [old, current] = config.endpoints!
    const answer = await old!.handler({} as PayloadRequest)
    expect(answer.headers.get('deprecation')).toBe(`@${Date.UTC(2027, 0, 15) / 1000}`)
    expect(answer.headers.get('sunset')).toBe('Thu, 15 Jul 2027 00:00:00 GMT')
    expect(answer.headers.get('link')).toContain('rel="deprecation"')
    expect(await answer.json()).toEqual({ ok: true })
    // An operation that is not deprecated is left as it was (the same object).
    expect(current).toBe(endpoints[1])
    expect((await current!.handler({} as PayloadRequest)).headers.get('deprecation')).toBeNull()
  })

  it('is marked deprecated in the OpenAPI document, with its dates and what replaces it', () => {
    const doc = openApiDocument({ endpoints, collections: [], globals: [] } as unknown as SanitizedConfig, { serverUrl: 'http://localhost:3000' }) as {
      paths: Record<string, Record<string, { deprecated?: boolean; description: string }>>
    }
    expect(doc.paths['/api/old-book']!.post).toMatchObject({ deprecated: true, description: expect.stringContaining('may be removed after 2027-07-15. Use POST /api/reservations/book.') })
    expect(doc.paths['/api/book']!.post!.deprecated).toBeUndefined()
  })

  it('formats the dates as RFC 9745 and RFC 8594 ask', () => {
    expect(deprecationHeaders({ since: '2026-12-31', sunset: '2027-06-30' })).toMatchObject({ Deprecation: '@1798675200', Sunset: 'Wed, 30 Jun 2027 00:00:00 GMT' })
  })
})
