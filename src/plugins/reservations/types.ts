/** Stripe, for deposits. */
export interface PaymentSettings {
  secretKey: string
  webhookSecret: string
  publishableKey?: string
  /** Where the API lives: Stripe by default, a local stand-in in tests (STRIPE_API_BASE). */
  apiBase?: URL
}

/** Sends one text message; throws on failure so the job retries. */
export interface SmsProvider {
  name: string
  send(message: { to: string; body: string }): Promise<{ id: string }>
}

export interface ReservationsPluginOptions {
  /**
   * Off: the collections stay (same database schema and migrations, the data still readable and
   * editable in the admin), but the plugin does nothing: no custom endpoints, no staff views, no
   * Stripe webhooks, no message or payment job queued or scheduled.
   */
  enabled?: boolean
  /** Time zone new restaurants start with. */
  defaultTimeZone?: string
  /**
   * Stripe deposits. Omitted or null: no deposit is collected, bookings are confirmed at once and
   * the restaurant form says so. `apiBase` points the client at a Stripe-compatible server.
   */
  payments?: PaymentSettings | null
  /** Guest and staff emails (the transport itself is Payload's email adapter). */
  email?: {
    /** The sender of the plugin's emails ("Bistrot <reservations@example.fr>"); default: the adapter's. */
    from?: string
    /** First retry of a failed email, SMS, refund, payment event or webhook delivery after this long, doubling after. */
    retryDelayMs?: number
  }
  /** Text messages (reminders, waitlist offers) through a provider, e.g. `twilioSms(…)`. Omitted: email only. */
  sms?: SmsProvider | null
  /** Signed outbound webhooks to the addresses owners register (webhook-endpoints). */
  webhooks?: {
    /**
     * Allow http:// and addresses of private networks (localhost, 10.x, 192.168.x…). Off in
     * production: an owner could otherwise make the server call its own network (SSRF). Default: off.
     */
    allowPrivateUrls?: boolean
    /** How long one delivery waits for the receiver's answer before counting it as failed. Default 10 s. */
    timeoutMs?: number
  }
}

export interface ResolvedReservationsPluginOptions {
  enabled: boolean
  defaultTimeZone: string
  payments: PaymentSettings | null
  email: { from?: string; retryDelayMs: number }
  sms: SmsProvider | null
  webhooks: { allowPrivateUrls: boolean; timeoutMs: number }
}

export const resolveOptions = (options: ReservationsPluginOptions = {}): ResolvedReservationsPluginOptions => ({
  enabled: options.enabled ?? true,
  defaultTimeZone: options.defaultTimeZone ?? 'Europe/Paris',
  payments: options.payments ?? null,
  email: { from: options.email?.from, retryDelayMs: options.email?.retryDelayMs ?? 30_000 },
  sms: options.sms ?? null,
  webhooks: { allowPrivateUrls: options.webhooks?.allowPrivateUrls ?? false, timeoutMs: options.webhooks?.timeoutMs ?? 10_000 },
})
