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
    /** First retry of a failed email, SMS, refund or payment event after this long, doubling after. */
    retryDelayMs?: number
  }
  /** Text messages (reminders, waitlist offers) through a provider, e.g. `twilioSms(…)`. Omitted: email only. */
  sms?: SmsProvider | null
}

export interface ResolvedReservationsPluginOptions {
  enabled: boolean
  defaultTimeZone: string
  payments: PaymentSettings | null
  email: { from?: string; retryDelayMs: number }
  sms: SmsProvider | null
}

export const resolveOptions = (options: ReservationsPluginOptions = {}): ResolvedReservationsPluginOptions => ({
  enabled: options.enabled ?? true,
  defaultTimeZone: options.defaultTimeZone ?? 'Europe/Paris',
  payments: options.payments ?? null,
  email: { from: options.email?.from, retryDelayMs: options.email?.retryDelayMs ?? 30_000 },
  sms: options.sms ?? null,
})
