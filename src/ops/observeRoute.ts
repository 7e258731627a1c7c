import { getPayload, type SanitizedConfig } from 'payload'

import { metrics } from '../infrastructure/ops/metrics'
import { acceptableRequestId, newRequestId, withRequestContext } from '../infrastructure/ops/requestContext'
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
      const ms = performance.now() - started
      const route = routeTemplate(new URL(request.url).pathname, await knownWords(config))
      metrics().httpDuration.observe({ method: request.method, route, status: String(status) }, ms / 1000)
      if (!PROBES.has(route)) void accessLog(config, { requestId, method: request.method, route, status, ms: Math.round(ms * 10) / 10 })
    }
  }
}

/** Polled every few seconds by load balancers and Prometheus: counted, not logged. */
const PROBES = new Set(['/api/health', '/api/ready', '/api/metrics'])

/** One line per API request, by route template (the raw path may hold a manage token). */
async function accessLog(config: Promise<SanitizedConfig> | SanitizedConfig, line: { requestId: string; method: string; route: string; status: number; ms: number }) {
  const payload = await getPayload({ config }).catch(() => null)
  if (!payload) return
  if (line.status >= 500) payload.logger.error({ ...line, msg: 'Request failed' })
  else payload.logger.info({ ...line, msg: 'Request' })
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
