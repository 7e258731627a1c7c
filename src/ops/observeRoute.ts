import type { SanitizedConfig } from 'payload'

import { metrics } from './metrics'
import { acceptableRequestId, newRequestId, withRequestContext } from './requestContext'
import { PAYLOAD_REST_WORDS, pathWords, routeTemplate } from './routeTemplate'

type Handler<A extends unknown[]> = (request: Request, ...rest: A) => Promise<Response>

let words: Promise<Set<string>> | undefined

/** Every word our API paths are made of, read once from the config. */
function knownWords(config: Promise<SanitizedConfig> | SanitizedConfig): Promise<Set<string>> {
  words ??= Promise.resolve(config).then((c) => {
    const set = new Set(PAYLOAD_REST_WORDS)
    const add = (list: string[]) => list.forEach((w) => set.add(w))
    for (const e of c.endpoints || []) add(pathWords(e.path))
    for (const collection of c.collections) {
      set.add(collection.slug)
      for (const e of collection.endpoints || []) add(pathWords(e.path))
    }
    for (const global of c.globals) {
      set.add(global.slug)
      for (const e of global.endpoints || []) add(pathWords(e.path))
    }
    return set
  })
  return words
}

/**
 * Wraps a Payload route handler: gives the request an id (the caller's X-Request-Id when it is a
 * sane one, else a new one) that every log line and queued job of the request carries and the
 * response echoes, and times the answer into the HTTP latency histogram by route template.
 */
export function observeRoute<A extends unknown[]>(config: Promise<SanitizedConfig> | SanitizedConfig, handler: Handler<A>): Handler<A> {
  return async (request, ...rest) => {
    const started = performance.now()
    const requestId = acceptableRequestId(request.headers.get('x-request-id')) ?? newRequestId()
    if (request.headers.get('x-request-id') !== requestId) {
      const headers = new Headers(request.headers)
      headers.set('x-request-id', requestId)
      request = new Request(request, { headers })
    }
    let status = 500
    try {
      const response = await withRequestContext({ requestId }, () => handler(request, ...rest))
      status = response.status
      return withHeader(response, 'X-Request-Id', requestId)
    } finally {
      const route = routeTemplate(new URL(request.url).pathname, await knownWords(config))
      metrics().httpDuration.observe({ method: request.method, route, status: String(status) }, (performance.now() - started) / 1000)
    }
  }
}

function withHeader(response: Response, name: string, value: string): Response {
  try {
    response.headers.set(name, value)
    return response
  } catch {
    // Some responses (e.g. from fetch) have immutable headers: copy them.
    const headers = new Headers(response.headers)
    headers.set(name, value)
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers })
  }
}
