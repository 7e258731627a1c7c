/**
 * The sites a restaurant lets frame its booking widget, as the origins a browser compares with
 * `frame-ancestors`: a scheme, a host and a port, nothing else. Pure: the Restaurants collection
 * validates with it and the embed page builds its Content-Security-Policy from it.
 */

/** Plain http is only for a machine's own sites (development, tests): elsewhere a framed form must travel over TLS. */
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]'])

/** At most this many sites per restaurant: the list goes out in every embed page's header. */
export const MAX_EMBED_ORIGINS = 20

/**
 * `value` as an origin (`https://host[:port]`, lower case, default port dropped, one trailing slash
 * forgiven), or null when it is anything else: a path, a query, credentials, a wildcard, another
 * scheme. A wildcard would let any subdomain (any customer of a hosting platform) frame the form.
 */
export function normalizeOrigin(value: string): string | null {
  const text = value.trim()
  if (!/^https?:\/\/[^/?#*\s]+\/?$/i.test(text)) return null
  let url: URL
  try {
    url = new URL(text)
  } catch {
    return null
  }
  if (url.username || url.password) return null
  if (url.protocol === 'http:' && !LOOPBACK_HOSTS.has(url.hostname)) return null
  return url.origin
}

/** Each entry normalised, in order, without repeats; the entries that are not origins in `invalid`. */
export function normalizeOrigins(values: readonly unknown[]): { origins: string[]; invalid: string[] } {
  const origins: string[] = []
  const invalid: string[] = []
  for (const value of values) {
    const origin = typeof value === 'string' ? normalizeOrigin(value) : null
    if (origin === null) invalid.push(String(value))
    else if (!origins.includes(origin)) origins.push(origin)
  }
  return { origins, invalid }
}

/**
 * The `frame-ancestors` sources for a restaurant's embed page: our own site always (the admin's live
 * preview, a restaurant page showing its own widget), then the restaurant's sites. Entries that are
 * not origins are dropped, so nothing stored can widen or break the policy.
 */
export function frameAncestorSources(origins: readonly unknown[] | null | undefined): string[] {
  return ["'self'", ...normalizeOrigins(origins ?? []).origins]
}
