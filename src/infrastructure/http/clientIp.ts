/**
 * The caller's address, as the app's server (scripts/server.mjs) determined it from the socket and
 * the proxies the operator declared (TRUSTED_PROXIES): it replaces X-Forwarded-For with that one
 * address, so whatever a client wrote there is gone by now. The rightmost entry is read all the
 * same, the one a client can least forge, should the app ever be served without that server.
 */
export function clientIp(headers: Headers): string {
  const chain = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  return chain.at(-1) ?? 'unknown'
}
