import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterEach, describe, expect, it } from 'vitest'

import { clientAddressResolver } from '../../scripts/client-address.mjs'

/**
 * The rule scripts/server.mjs applies to every request before Next sees it, on a real HTTP server:
 * the address the rate limits key on is the one it echoes back.
 */
let server: Server | undefined
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())))

async function serve(trustedProxies: string | undefined) {
  const clientAddress = clientAddressResolver(trustedProxies)
  server = createServer((req, res) => res.end(clientAddress(req)))
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return async (forwardedFor?: string) => {
    const response = await fetch(`http://127.0.0.1:${port}/`, { headers: forwardedFor ? { 'X-Forwarded-For': forwardedFor } : {} })
    return response.text()
  }
}

describe('the client address the app keys its rate limits on', () => {
  it('is the socket’s peer when no proxy is declared, whatever X-Forwarded-For claims', async () => {
    const addressOf = await serve(undefined)
    const seen = new Set<string>()
    for (let i = 1; i <= 30; i++) seen.add(await addressOf(`203.0.113.${i}`))
    seen.add(await addressOf('198.51.100.7, 203.0.113.99'))
    seen.add(await addressOf('not an address'))
    seen.add(await addressOf())
    expect([...seen]).toEqual(['127.0.0.1'])
  })

  it('is read from X-Forwarded-For only through the proxies the operator declared', async () => {
    const addressOf = await serve('loopback, 10.0.0.0/8')
    // The declared proxy (loopback) says who its client was.
    expect(await addressOf('203.0.113.5')).toBe('203.0.113.5')
    // A second declared proxy in the chain is skipped; a forged entry left of the first untrusted one is not believed.
    expect(await addressOf('198.51.100.1, 203.0.113.5, 10.1.2.3')).toBe('203.0.113.5')
    // Nothing forwarded: the proxy itself is the client.
    expect(await addressOf()).toBe('127.0.0.1')
  })

  it('refuses to start on a proxy list it cannot read', () => {
    expect(() => clientAddressResolver('10.0.0.0/99')).toThrow(/invalid/i)
  })
})
