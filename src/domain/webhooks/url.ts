import { isIP } from 'node:net'

/**
 * Where a restaurant may send its webhooks. In production only https, and never to an address of
 * our own network (loopback, private, link-local such as a cloud's metadata service at
 * 169.254.169.254): otherwise an owner could make the server call its neighbours (SSRF). Hostnames
 * are checked again when resolved, at each delivery (`isPrivateAddress`), since DNS can point anywhere.
 */
export type WebhookUrlProblem = 'invalid' | 'webhook_url_insecure' | 'webhook_url_private'

function ipv4Parts(ip: string): number[] | null {
  const parts = ip.split('.').map(Number)
  return parts.length === 4 && parts.every((n) => Number.isInteger(n) && n >= 0 && n <= 255) ? parts : null
}

function privateIpv4([a, b]: number[]): boolean {
  return (
    a === 0 || a === 10 || a === 127 || a! >= 224 || // this network, private, loopback, multicast and reserved
    (a === 100 && b! >= 64 && b! <= 127) || // carrier-grade NAT
    (a === 169 && b === 254) || // link-local, cloud metadata
    (a === 172 && b! >= 16 && b! <= 31) ||
    (a === 192 && b === 168) ||
    (a === 192 && b === 0) || // IETF protocol assignments
    (a === 198 && (b === 18 || b === 19)) // benchmarking
  )
}

/** True for an IP literal no public webhook receiver has. */
export function isPrivateAddress(ip: string): boolean {
  const bare = ip.replace(/^\[|\]$/g, '').toLowerCase()
  const v4 = ipv4Parts(bare)
  if (v4) return privateIpv4(v4)
  if (isIP(bare) !== 6) return true
  const mapped = bare.match(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/)
  if (mapped) return isPrivateAddress(mapped[1]!)
  if (bare === '::' || bare === '::1') return true
  // Unique local (fc00::/7), link-local (fe80::/10), multicast (ff00::/8), IPv4-mapped in hex.
  return /^(f[cd]|fe[89ab]|ff)/.test(bare) || bare.startsWith('::ffff:')
}

/** Why this address cannot receive webhooks, or null. `allowPrivate`: development and tests (http, localhost). */
export function webhookUrlProblem(raw: string, { allowPrivate }: { allowPrivate: boolean }): WebhookUrlProblem | null {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return 'invalid'
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'invalid'
  if (url.username || url.password) return 'invalid'
  if (allowPrivate) return null
  if (url.protocol !== 'https:') return 'webhook_url_insecure'
  const host = url.hostname.toLowerCase().replace(/\.$/, '')
  if (host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.internal') || host.endsWith('.local')) return 'webhook_url_private'
  if (isIP(host.replace(/^\[|\]$/g, '')) && isPrivateAddress(host)) return 'webhook_url_private'
  return null
}
