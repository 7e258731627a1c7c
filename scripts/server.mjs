/**
 * The app's HTTP server: Next (with Payload inside) behind one rule about who the client is.
 *
 *   node scripts/server.mjs [--dev] [--port 3000] [--hostname 127.0.0.1]
 *
 * Next keeps whatever X-Forwarded-For a request arrives with and only fills it in when it is absent,
 * so any client could name a new address on every request and get a fresh rate-limit budget each
 * time. Here the socket's address decides: forwarded addresses are believed only from the proxies
 * the operator declares in TRUSTED_PROXIES (proxy-addr's list: addresses, CIDRs, `loopback`,
 * `uniquelocal`, …; none by default, as `npm start` and a published container port face clients
 * directly). The header Next and the app see is the one address so found.
 */
import { createServer } from 'node:http'
import { parseArgs } from 'node:util'

import compression from 'compression'

import { clientAddressResolver } from './client-address.mjs'
import { sealWhenAsked } from './seal-response.mjs'
import { buildIntegrity, scriptMarker } from './sealed-page.mjs'

const { values } = parseArgs({
  options: {
    dev: { type: 'boolean', default: false },
    port: { type: 'string', short: 'p', default: process.env.PORT ?? '3000' },
    // Not $HOSTNAME: containers set it to their own name. Without one, every interface, as `next start`.
    hostname: { type: 'string', short: 'H' },
  },
})
// As `next start` and `next dev` do, and before Next is loaded: React picks its build by it.
process.env.NODE_ENV ??= values.dev ? 'development' : 'production'
const { default: next } = await import('next')
const port = Number(values.port)
const hostname = values.hostname
const clientAddress = clientAddressResolver(process.env.TRUSTED_PROXIES)
const marker = scriptMarker(process.env.PAYLOAD_SECRET)
// The pages' headers are the app's TypeScript (src/security/pageHeaders.ts), loaded through tsx for
// this import alone: Next's modules load exactly as without it.
const { tsImport } = await import('tsx/esm/api')
const { isSitePage, pageHeaders } = await tsImport('../src/security/pageHeaders.ts', import.meta.url)
const { isEmbedPage, policyFramedAsDeclared } = await tsImport('../src/security/embedPolicy.ts', import.meta.url)
// The booking widget's page names the sites that may frame it (src/security/embedPolicy.ts).
const embedSealing = { policyOf: (html, policy) => policyFramedAsDeclared(html, policy, marker) }
const https = (process.env.NEXT_PUBLIC_SERVER_URL ?? '').startsWith('https://')
const integrityOf = buildIntegrity(new URL('../.next', import.meta.url).pathname)
// Here rather than in Next (next.config's compress is off): pages are compressed after they are sealed.
const compress = compression()

const server = createServer()
// Next attaches its own upgrade handler (dev's hot reload) to the server it is given.
const app = next({ dev: values.dev, hostname: hostname ?? 'localhost', port, httpServer: server })
const handle = app.getRequestHandler()
let ready = false

server.on('request', (req, res) => {
  // Until Next is prepared, say so rather than hold the request (health checks and Playwright retry).
  if (!ready) {
    res.writeHead(503, { 'Retry-After': '1', 'Content-Type': 'text/plain', 'Cache-Control': 'no-store' }).end('Starting\n')
    return
  }
  req.headers['x-forwarded-for'] = clientAddress(req)
  // Next takes the nonce it renders with from the request's policy: only ever the one set here.
  delete req.headers['content-security-policy']
  delete req.headers['content-security-policy-report-only']
  const pathname = (req.url ?? '/').split('?')[0]
  if (isSitePage(pathname)) {
    // The site's pages render with the marker as their nonce; cached or not, they leave with the
    // hashes of their own scripts instead (scripts/seal-response.mjs).
    const page = pageHeaders({ pathname, cookies: req.headers.cookie ?? null, header: (name) => req.headers[name] ?? null, https }, marker)
    req.headers['content-security-policy'] = page.policy
    res.setHeader('Content-Security-Policy', page.policy)
    for (const [key, value] of page.headers) res.setHeader(key, value)
    if (page.setCookie) res.appendHeader('Set-Cookie', page.setCookie)
  }
  compress(req, res, () => {
    sealWhenAsked(req, res, marker, integrityOf, isEmbedPage(pathname) ? embedSealing : undefined)
    handle(req, res)
  })
})
// Listening first also keeps the event loop busy while Next prepares: once, a prepare whose work
// left nothing pending let Node end the process with "unsettled top-level await" (exit 13).
server.listen(port, hostname)

const PREPARE_LIMIT_MS = Number(process.env.NEXT_PREPARE_TIMEOUT_MS ?? 300_000)
const tooSlow = setTimeout(() => {
  console.error(`Next did not finish preparing in ${PREPARE_LIMIT_MS / 1000} s: stopping (NEXT_PREPARE_TIMEOUT_MS).`)
  process.exit(1)
}, PREPARE_LIMIT_MS)
await app.prepare()
clearTimeout(tooSlow)
ready = true
console.log(`> Ready on http://${hostname ?? 'localhost'}:${port}${values.dev ? ' (dev)' : ''}`)

const stop = () => {
  server.close()
  app.close().finally(() => process.exit(0))
}
process.once('SIGINT', stop)
process.once('SIGTERM', stop)
