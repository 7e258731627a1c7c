import Stripe from 'stripe'

type Env = Record<string, string | undefined>

export interface PaymentSettings {
  secretKey: string
  webhookSecret: string
  publishableKey?: string
  /** Where the API lives: Stripe by default, a local stand-in in tests (STRIPE_API_BASE). */
  apiBase?: URL
}

/** Deposits need STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET; without them they are off. */
export function paymentSettings(env: Env = process.env): PaymentSettings | null {
  if (!env.STRIPE_SECRET_KEY || !env.STRIPE_WEBHOOK_SECRET) return null
  return {
    secretKey: env.STRIPE_SECRET_KEY,
    webhookSecret: env.STRIPE_WEBHOOK_SECRET,
    publishableKey: env.STRIPE_PUBLISHABLE_KEY,
    apiBase: env.STRIPE_API_BASE ? new URL(env.STRIPE_API_BASE) : undefined,
  }
}

export const paymentsEnabled = () => paymentSettings() !== null

let client: { key: string; stripe: Stripe } | null = null

/**
 * Our own Stripe client for every call we make (plugin-stripe's always targets api.stripe.com).
 * Short timeout and the SDK's retries: a payment call never hangs a request for long.
 */
export function stripeClient(): Stripe {
  const settings = paymentSettings()
  if (!settings) throw new Error('Stripe is not configured')
  if (client?.key !== settings.secretKey) {
    const base = settings.apiBase
    client = {
      key: settings.secretKey,
      stripe: new Stripe(settings.secretKey, {
        // Pinned: the shapes our handlers read are those of this version, whatever the account default.
        // (Cast: plugin-stripe's own stripe@10 declares an ambient 'stripe' module that narrows this type.)
        apiVersion: '2026-10-28.endive' as never,
        maxNetworkRetries: 2,
        timeout: 15_000,
        telemetry: false,
        ...(base ? { host: base.hostname, port: base.port || (base.protocol === 'https:' ? 443 : 80), protocol: base.protocol.replace(':', '') as 'http' | 'https' } : {}),
      }),
    }
  }
  return client.stripe
}
