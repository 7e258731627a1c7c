import { randomBytes } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'

import qs from 'qs'
import Stripe from 'stripe'

/** The SDK's webhook helpers need an instance; no request is ever made with it. */
const signer = new Stripe('sk_test_signer', { apiVersion: '2026-10-28.endive' as never })

/**
 * A local stand-in for the part of Stripe's API we use — Checkout Sessions, PaymentIntents,
 * Refunds — speaking Stripe's wire format (form-encoded requests, JSON objects, error shape), plus
 * a hosted checkout page with Pay and Cancel. Paying emits the webhooks Stripe would, signed with
 * the SDK's test helper: delivered to `webhookUrl` when one is set, and always kept in `events`.
 */
export class LocalStripe {
  readonly sessions = new Map<string, Record<string, any>>()
  readonly paymentIntents = new Map<string, Record<string, any>>()
  readonly refunds = new Map<string, Record<string, any>>()
  readonly events: Stripe.Event[] = []
  /** Requests with the same Idempotency-Key get the first answer again, as on Stripe. */
  private readonly idempotent = new Map<string, unknown>()
  private server: Server | null = null
  /** When true, every API call fails with a 500, as during a Stripe incident. */
  down = false

  constructor(
    readonly port: number,
    readonly options: { webhookSecret: string; webhookUrl?: string },
  ) {}

  get base() {
    return `http://127.0.0.1:${this.port}`
  }

  start(): Promise<void> {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((error) => this.send(res, 500, { error: { type: 'api_error', message: String(error) } }))
    })
    return new Promise((resolve) => this.server!.listen(this.port, '127.0.0.1', () => resolve()))
  }

  stop(): Promise<void> {
    const server = this.server
    this.server = null
    return new Promise((resolve) => (server ? server.close(() => resolve()) : resolve()))
  }

  private send(res: ServerResponse, status: number, body: unknown) {
    res.writeHead(status, { 'Content-Type': 'application/json', 'Request-Id': `req_${randomBytes(6).toString('hex')}` })
    res.end(JSON.stringify(body))
  }

  private async body(req: IncomingMessage): Promise<Record<string, any>> {
    let raw = ''
    for await (const chunk of req) raw += chunk
    return qs.parse(raw) as Record<string, any>
  }

  private id(prefix: string) {
    return `${prefix}_test_${randomBytes(12).toString('hex')}`
  }

  private event(type: string, object: Record<string, any>): Stripe.Event {
    const event = { id: this.id('evt'), object: 'event', type, created: Math.floor(Date.now() / 1000), livemode: false, data: { object: structuredClone(object) } }
    this.events.push(event as unknown as Stripe.Event)
    return event as unknown as Stripe.Event
  }

  /** Signs an event the way Stripe does, for delivery to the app's webhook endpoint. */
  sign(event: Stripe.Event): { body: string; signature: string } {
    const body = JSON.stringify(event)
    return { body, signature: signer.webhooks.generateTestHeaderString({ payload: body, secret: this.options.webhookSecret }) }
  }

  private async deliver(events: Stripe.Event[]) {
    if (!this.options.webhookUrl) return
    for (const event of events) {
      const { body, signature } = this.sign(event)
      await fetch(this.options.webhookUrl, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Stripe-Signature': signature }, body }).catch(() => undefined)
    }
  }

  /** What the hosted page's Pay button does; returns the events emitted. */
  async pay(sessionId: string): Promise<Stripe.Event[]> {
    const session = this.sessions.get(sessionId)
    if (!session || session.status !== 'open') return []
    const intent = {
      id: this.id('pi'),
      object: 'payment_intent',
      amount: session.amount_total,
      amount_received: session.amount_total,
      currency: session.currency,
      status: 'succeeded',
      metadata: session.payment_intent_data?.metadata ?? session.metadata ?? {},
      latest_charge: this.id('ch'),
    }
    this.paymentIntents.set(intent.id, intent)
    Object.assign(session, { status: 'complete', payment_status: 'paid', payment_intent: intent.id })
    const events = [this.event('payment_intent.succeeded', intent), this.event('checkout.session.completed', session)]
    await this.deliver(events)
    return events
  }

  /** The session runs out unpaid (Stripe does this at expires_at). */
  async expire(sessionId: string): Promise<Stripe.Event[]> {
    const session = this.sessions.get(sessionId)
    if (!session || session.status !== 'open') return []
    Object.assign(session, { status: 'expired' })
    const events = [this.event('checkout.session.expired', session)]
    await this.deliver(events)
    return events
  }

  private async handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', this.base)
    const path = url.pathname

    // The hosted checkout page a diner sees.
    const page = path.match(/^\/pay\/(cs_test_[a-f0-9]+)(\/(pay|cancel))?$/)
    if (page) {
      const session = this.sessions.get(page[1]!)
      if (!session) return this.send(res, 404, { error: { message: 'No such checkout session' } })
      if (req.method === 'POST' && page[3] === 'pay') {
        await this.pay(session.id)
        res.writeHead(303, { Location: String(session.success_url).replace('{CHECKOUT_SESSION_ID}', session.id) })
        return res.end()
      }
      if (page[3] === 'cancel') {
        res.writeHead(303, { Location: String(session.cancel_url) })
        return res.end()
      }
      const amount = new Intl.NumberFormat('en-GB', { style: 'currency', currency: session.currency.toUpperCase() }).format(session.amount_total / 100)
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
      return res.end(`<!doctype html><html lang="en"><head><meta name="viewport" content="width=device-width,initial-scale=1"><title>Local checkout</title></head>
<body><main><h1>Pay ${amount}</h1><p>${session.line_items_description ?? ''}</p>
<form method="post" action="/pay/${session.id}/pay"><button type="submit">Pay ${amount}</button></form>
<p><a href="/pay/${session.id}/cancel">Cancel and go back</a></p></main></body></html>`)
    }

    // Test controls (not Stripe's API): what a diner or Stripe itself would do, and an outage switch.
    const control = path.match(/^\/_test\/sessions\/([^/]+)\/(pay|expire)$/)
    if (req.method === 'POST' && control) {
      const events = control[2] === 'pay' ? await this.pay(control[1]!) : await this.expire(control[1]!)
      return this.send(res, 200, { events })
    }
    if (req.method === 'GET' && path === '/_test/events') {
      const id = url.searchParams.get('reservationId')
      return this.send(res, 200, { events: this.events.filter((e) => (e.data.object as { metadata?: Record<string, string> }).metadata?.reservationId === id) })
    }
    if (req.method === 'GET' && path === '/_test/refunds') {
      return this.send(res, 200, { refunds: [...this.refunds.values()].filter((r) => r.payment_intent === url.searchParams.get('payment_intent')) })
    }
    if (req.method === 'POST' && path === '/_test/down') {
      this.down = url.searchParams.get('value') === 'true'
      return this.send(res, 200, { down: this.down })
    }

    if (this.down) return this.send(res, 500, { error: { type: 'api_error', message: 'Stripe is having a bad day' } })
    if (req.headers.authorization !== undefined && !/^Bearer sk_test_/.test(req.headers.authorization)) {
      return this.send(res, 401, { error: { type: 'invalid_request_error', message: 'Invalid API Key provided' } })
    }
    const key = req.headers['idempotency-key']
    const cacheKey = typeof key === 'string' ? `${req.method} ${path} ${key}` : null
    if (cacheKey && this.idempotent.has(cacheKey)) return this.send(res, 200, this.idempotent.get(cacheKey))
    const reply = (status: number, body: unknown) => {
      if (cacheKey && status < 400) this.idempotent.set(cacheKey, body)
      this.send(res, status, body)
    }

    if (req.method === 'POST' && path === '/v1/checkout/sessions') {
      const form = await this.body(req)
      const items = (form.line_items ?? []) as Array<{ quantity: string; price_data: { currency: string; unit_amount: string; product_data: { name: string } } }>
      // Stripe takes amounts as whole numbers of the currency's minor unit and refuses anything else.
      const fractional = items.find((item) => !/^\d+$/.test(String(item.price_data.unit_amount)))
      if (fractional) return reply(400, { error: { type: 'invalid_request_error', param: 'line_items[0][price_data][unit_amount]', message: `Invalid integer: ${fractional.price_data.unit_amount}` } })
      const amount = items.reduce((sum, item) => sum + Number(item.price_data.unit_amount) * Number(item.quantity ?? 1), 0)
      if (!form.success_url || !amount) return reply(400, { error: { type: 'invalid_request_error', message: 'Missing required param: success_url or line_items.' } })
      const id = `cs_test_${randomBytes(12).toString('hex')}`
      const session = {
        id,
        object: 'checkout.session',
        mode: form.mode ?? 'payment',
        status: 'open',
        payment_status: 'unpaid',
        amount_total: amount,
        currency: String(items[0]!.price_data.currency).toLowerCase(),
        customer_email: form.customer_email ?? null,
        client_reference_id: form.client_reference_id ?? null,
        metadata: form.metadata ?? {},
        payment_intent_data: form.payment_intent_data ?? {},
        payment_intent: null,
        success_url: form.success_url,
        cancel_url: form.cancel_url,
        expires_at: Number(form.expires_at ?? Math.floor(Date.now() / 1000) + 86_400),
        url: `${this.base}/pay/${id}`,
        line_items_description: items.map((i) => i.price_data.product_data.name).join(', '),
        // As sent, for tests: the form-encoded text of each line's unit_amount.
        unit_amounts_sent: items.map((i) => String(i.price_data.unit_amount)),
      }
      this.sessions.set(id, session)
      return reply(200, session)
    }
    const getSession = path.match(/^\/v1\/checkout\/sessions\/([^/]+)$/)
    if (req.method === 'GET' && getSession) {
      const session = this.sessions.get(getSession[1]!)
      return session ? reply(200, session) : reply(404, { error: { type: 'invalid_request_error', code: 'resource_missing', message: `No such checkout.session: '${getSession[1]}'` } })
    }
    const expireSession = path.match(/^\/v1\/checkout\/sessions\/([^/]+)\/expire$/)
    if (req.method === 'POST' && expireSession) {
      const session = this.sessions.get(expireSession[1]!)
      if (!session) return reply(404, { error: { type: 'invalid_request_error', code: 'resource_missing', message: `No such checkout.session: '${expireSession[1]}'` } })
      if (session.status !== 'open') return reply(400, { error: { type: 'invalid_request_error', message: `Only open sessions can be expired (this one is ${session.status}).` } })
      await this.expire(session.id)
      return reply(200, session)
    }
    const getIntent = path.match(/^\/v1\/payment_intents\/([^/]+)$/)
    if (req.method === 'GET' && getIntent) {
      const intent = this.paymentIntents.get(getIntent[1]!)
      return intent ? reply(200, intent) : reply(404, { error: { type: 'invalid_request_error', code: 'resource_missing', message: `No such payment_intent: '${getIntent[1]}'` } })
    }
    if (req.method === 'GET' && path === '/v1/refunds') {
      const data = [...this.refunds.values()].filter((r) => !url.searchParams.get('payment_intent') || r.payment_intent === url.searchParams.get('payment_intent'))
      return reply(200, { object: 'list', url: '/v1/refunds', has_more: false, data })
    }
    if (req.method === 'POST' && path === '/v1/refunds') {
      const form = await this.body(req)
      const intent = this.paymentIntents.get(String(form.payment_intent))
      if (!intent) return reply(404, { error: { type: 'invalid_request_error', code: 'resource_missing', message: `No such payment_intent: '${form.payment_intent}'` } })
      const refunded = [...this.refunds.values()].filter((r) => r.payment_intent === intent.id).reduce((sum, r) => sum + r.amount, 0)
      const amount = form.amount ? Number(form.amount) : intent.amount_received - refunded
      if (amount <= 0 || refunded + amount > intent.amount_received) {
        return reply(400, { error: { type: 'invalid_request_error', code: 'charge_already_refunded', message: 'Refund amount exceeds what is left on the charge.' } })
      }
      const refund = { id: this.id('re'), object: 'refund', amount, currency: intent.currency, payment_intent: intent.id, status: 'succeeded', metadata: form.metadata ?? {}, reason: form.reason ?? null }
      this.refunds.set(refund.id, refund)
      const event = this.event('charge.refunded', { id: intent.latest_charge, object: 'charge', payment_intent: intent.id, amount: intent.amount_received, amount_refunded: refunded + amount, currency: intent.currency, metadata: intent.metadata })
      reply(200, refund)
      await this.deliver([event])
      return
    }
    return reply(404, { error: { type: 'invalid_request_error', message: `Unrecognized request URL (${req.method}: ${path}).` } })
  }
}

// Run on its own (the end-to-end tests start it beside the app): STRIPE_LOCAL_PORT, STRIPE_WEBHOOK_SECRET, STRIPE_WEBHOOK_URL.
if (process.argv[1]?.endsWith('localStripe.ts')) {
  const stripe = new LocalStripe(Number(process.env.STRIPE_LOCAL_PORT), {
    webhookSecret: process.env.STRIPE_WEBHOOK_SECRET ?? 'whsec_test',
    webhookUrl: process.env.STRIPE_WEBHOOK_URL,
  })
  void stripe.start().then(() => console.log(`local Stripe on ${stripe.base}`))
}
