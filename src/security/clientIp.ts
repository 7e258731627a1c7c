/**
 * The caller's address. Next sets X-Forwarded-For to the socket's address when no proxy did; each
 * proxy in front appends the address it saw. With `TRUST_PROXY_HOPS` proxies we control, the
 * entry that many places from the right is the first one a client cannot forge.
 */
export function clientIp(headers: Headers, hops = Number(process.env.TRUST_PROXY_HOPS ?? 1)): string {
  const chain = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  if (!chain.length) return 'unknown'
  return chain[Math.max(0, chain.length - Math.max(1, hops))]!
}
