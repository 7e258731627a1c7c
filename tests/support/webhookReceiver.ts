import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

// The README's receiver snippet itself (tests/unit/webhooks.test.ts checks the README shows this very file).
import { verifyTechPlusSignature } from '../../docs/webhook-receiver.mjs'

export interface Received {
  headers: IncomingHttpHeaders
  body: string
  event: { id: string; type: string; createdAt: string; data: Record<string, any> }
  /** Checked with the secret the receiver holds when the request arrives. */
  verified: boolean
  answered: number
}

/**
 * A partner's webhook receiver on a free local port: verifies each request's signature with the
 * README's snippet, keeps what it got, and can be told to answer 503 for a while, or be down.
 */
export class WebhookReceiver {
  readonly received: Received[] = []
  secret = ''
  /** The next this-many requests are answered with this status instead of 200. */
  failures: { count: number; status: number } = { count: 0, status: 503 }
  private server: Server | null = null
  port = 0

  get url() {
    return `http://127.0.0.1:${this.port}/hooks`
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      let body = ''
      req.setEncoding('utf8')
      req.on('data', (chunk: string) => (body += chunk))
      req.on('end', () => {
        const failing = this.failures.count > 0
        if (failing) this.failures.count--
        const answered = failing ? this.failures.status : 200
        const verified = verifyTechPlusSignature(body, req.headers['techplus-signature'], this.secret)
        this.received.push({ headers: req.headers, body, event: JSON.parse(body), verified, answered })
        res.writeHead(answered, { 'Content-Type': 'text/plain' }).end(failing ? 'Service unavailable' : 'ok')
      })
    })
    // The same port after a restart: the endpoint's address does not change during an outage.
    await new Promise<void>((resolve) => this.server!.listen(this.port, '127.0.0.1', () => resolve()))
    this.port = (this.server.address() as AddressInfo).port
  }

  /** Down: connections are refused until `start()` again. */
  async stop(): Promise<void> {
    const server = this.server
    this.server = null
    if (!server) return
    const closed = new Promise<void>((resolve) => server.close(() => resolve()))
    server.closeAllConnections()
    await closed
  }

  ofReservation(id: number) {
    return this.received.filter((r) => r.event.data.reservation?.id === id)
  }
}
