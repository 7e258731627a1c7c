/**
 * The most documents one REST list answer holds. Payload 3 has no maximum of its own: `?limit=1000000`,
 * `?limit=0` or `?pagination=false` on a public collection (`/api/menu-items`, `/api/pages`) asks the
 * database for every row and renders each at the requested depth, one request tying up a node. 100
 * is the admin's largest page and what our own admin screens ask for; a client that wants more
 * pages through (`hasNextPage`, `page=2`). The server's own reads go through the Local API, which
 * this does not touch.
 */
export const MAX_PAGE_SIZE = 100

const JOIN_LIMIT = /^joins\[[^\]]+\]\[limit\]$/

/** A whole number of documents from 1 to MAX_PAGE_SIZE; 0, negatives and "all" become the maximum. */
function capped(value: string): string {
  const asked = Math.floor(Number(value))
  return String(asked >= 1 ? Math.min(asked, MAX_PAGE_SIZE) : MAX_PAGE_SIZE)
}

/**
 * The query Payload will read, with its page sizes capped: `limit` (one value: Payload ignores a
 * repeated one), each join's `limit`, and a `limit` added when `pagination` is turned off without
 * one (Payload then returns every document).
 */
export function capPageSizes(query: URLSearchParams): URLSearchParams {
  const result = new URLSearchParams(query)
  for (const key of new Set(query.keys())) {
    if (key !== 'limit' && !JOIN_LIMIT.test(key)) continue
    const values = query.getAll(key)
    result.delete(key)
    if (values.length === 1 && values[0]!.trim() !== '' && !Number.isNaN(Number(values[0]))) result.set(key, capped(values[0]!))
  }
  if (query.has('pagination') && !result.has('limit')) result.set('limit', String(MAX_PAGE_SIZE))
  return result
}

/** POST with X-Payload-HTTP-Method-Override: GET carries the query in a form body (Payload's relationship fields use it). */
function isOverriddenGet(request: Request): boolean {
  return (
    request.method === 'POST' &&
    (request.headers.get('X-Payload-HTTP-Method-Override') === 'GET' || request.headers.get('X-HTTP-Method-Override') === 'GET') &&
    request.headers.get('Content-Type') === 'application/x-www-form-urlencoded'
  )
}

/** A REST route handler that never sees a page size over MAX_PAGE_SIZE, however it was asked. */
export function withPageSizeCap<Rest extends unknown[]>(handler: (request: Request, ...rest: Rest) => Promise<Response>) {
  return async (request: Request, ...rest: Rest): Promise<Response> => {
    const url = new URL(request.url)
    url.search = capPageSizes(url.searchParams).toString()
    if (isOverriddenGet(request)) {
      const body = capPageSizes(new URLSearchParams(await request.text())).toString()
      const headers = new Headers(request.headers)
      headers.delete('content-length')
      return handler(new Request(url, { method: 'POST', headers, body, signal: request.signal }), ...rest)
    }
    // Writes carry no list to cap (and their body could not be copied without reading it).
    if ((request.method !== 'GET' && request.method !== 'HEAD') || url.href === request.url) return handler(request, ...rest)
    return handler(new Request(url, request), ...rest)
  }
}
