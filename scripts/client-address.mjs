import proxyaddr from 'proxy-addr'

/**
 * The address of the client behind a request: the socket's peer, unless that peer is a proxy the
 * operator declared (TRUSTED_PROXIES, comma-separated, proxy-addr's syntax), in which case
 * X-Forwarded-For is read from the right, through declared proxies only, to the first address that
 * is not one. With nothing declared the header is ignored, so nobody can pick their own address.
 *
 * @param {string | undefined} trustedProxies
 * @returns {(req: import('node:http').IncomingMessage) => string}
 */
export function clientAddressResolver(trustedProxies) {
  const declared = (trustedProxies ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  const trust = proxyaddr.compile(declared)
  return (req) => proxyaddr(req, trust) || 'unknown'
}
