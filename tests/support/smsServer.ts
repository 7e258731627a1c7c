import { createServer, type Server } from 'node:http'

export interface SentSms {
  accountSid: string
  to: string
  from: string
  body: string
}

/**
 * A local stand-in for Twilio's Messages API: checks Basic auth against the account, answers
 * with Twilio's JSON shape (201 + sid, or 400 + code/message), and keeps what was sent.
 */
export class SmsServer {
  readonly sent: SentSms[] = []
  private server: Server | null = null

  constructor(
    readonly port: number,
    private readonly account: { sid: string; token: string },
  ) {}

  start(): Promise<void> {
    const server = createServer((req, res) => {
      const reply = (status: number, body: unknown) => {
        res.writeHead(status, { 'Content-Type': 'application/json' })
        res.end(JSON.stringify(body))
      }
      const match = req.url?.match(/^\/2010-04-01\/Accounts\/([^/]+)\/Messages\.json$/)
      const expected = `Basic ${Buffer.from(`${this.account.sid}:${this.account.token}`).toString('base64')}`
      if (req.method !== 'POST' || !match) return reply(404, { code: 20404, message: 'The requested resource was not found', status: 404 })
      if (req.headers.authorization !== expected || match[1] !== this.account.sid) return reply(401, { code: 20003, message: 'Authenticate', status: 401 })
      let raw = ''
      req.on('data', (chunk) => (raw += chunk))
      req.on('end', () => {
        const form = new URLSearchParams(raw)
        const to = form.get('To') ?? ''
        if (!/^\+\d{8,15}$/.test(to)) return reply(400, { code: 21211, message: `The 'To' number ${to} is not a valid phone number.`, status: 400 })
        const sms = { accountSid: match[1]!, to, from: form.get('From') ?? '', body: form.get('Body') ?? '' }
        this.sent.push(sms)
        reply(201, { sid: `SM${String(this.sent.length).padStart(32, '0')}`, status: 'queued', to: sms.to, from: sms.from, body: sms.body })
      })
    })
    return new Promise((resolve) => {
      server.listen(this.port, '127.0.0.1', () => resolve())
      this.server = server
    })
  }

  stop(): Promise<void> {
    const server = this.server
    this.server = null
    return new Promise((resolve) => (server ? server.close(() => resolve()) : resolve()))
  }
}
