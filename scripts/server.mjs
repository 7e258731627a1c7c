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

import { clientAddressResolver } from './client-address.mjs'

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

const server = createServer()
// Next attaches its own upgrade handler (dev's hot reload) to the server it is given.
const app = next({ dev: values.dev, hostname: hostname ?? 'localhost', port, httpServer: server })
const handle = app.getRequestHandler()
await app.prepare()

server.on('request', (req, res) => {
  req.headers['x-forwarded-for'] = clientAddress(req)
  handle(req, res)
})
server.listen(port, hostname, () => {
  console.log(`> Ready on http://${hostname ?? 'localhost'}:${port}${values.dev ? ' (dev)' : ''}`)
})

const stop = () => {
  server.close()
  app.close().finally(() => process.exit(0))
}
process.once('SIGINT', stop)
process.once('SIGTERM', stop)
