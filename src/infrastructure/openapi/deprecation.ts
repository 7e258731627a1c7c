import type { Config, Endpoint, PayloadHandler } from 'payload'

import { operationOf, type ApiDeprecation } from './operation'

/**
 * The headers every answer of a deprecated operation carries (docs/api.md, *Deprecation*):
 * `Deprecation` (RFC 9745, the announcement as `@<unix seconds>`), `Sunset` (RFC 8594, an HTTP
 * date) and a link to the reference, so a client's logs show the end coming long before it does.
 */
export function deprecationHeaders({ since, sunset }: ApiDeprecation): Record<string, string> {
  const seconds = Math.floor(Date.parse(`${since}T00:00:00Z`) / 1000)
  return {
    Deprecation: `@${seconds}`,
    Sunset: new Date(`${sunset}T00:00:00Z`).toUTCString(),
    Link: '</api/docs>; rel="deprecation"; type="text/html"',
  }
}

function announcing(handler: PayloadHandler, deprecation: ApiDeprecation): PayloadHandler {
  const headers = deprecationHeaders(deprecation)
  return async (req) => {
    const response = await handler(req)
    try {
      for (const [key, value] of Object.entries(headers)) response.headers.set(key, value)
      return response
    } catch {
      // A response with immutable headers (a fetched file): copy it.
      const copy = new Response(response.body, response)
      for (const [key, value] of Object.entries(headers)) copy.headers.set(key, value)
      return copy
    }
  }
}

export function withDeprecationHeaders(endpoint: Endpoint): Endpoint {
  const deprecation = operationOf(endpoint)?.deprecated
  return deprecation ? { ...endpoint, handler: announcing(endpoint.handler, deprecation) } : endpoint
}

/**
 * Wraps every endpoint whose OpenAPI entry is deprecated. Last in the config's plugins, so it sees
 * the endpoints every other plugin added.
 */
export function announceDeprecations(config: Config): Config {
  const each = (endpoints: Endpoint[] | false | undefined) => (endpoints ? endpoints.map(withDeprecationHeaders) : endpoints)
  return {
    ...config,
    endpoints: each(config.endpoints) || undefined,
    collections: config.collections?.map((collection) => ({ ...collection, endpoints: each(collection.endpoints) })),
    globals: config.globals?.map((global) => ({ ...global, endpoints: each(global.endpoints) })),
  }
}
