import type { Payload } from 'payload'
import Stripe from 'stripe'

import { settingsOf } from '../settings'
import type { PaymentSettings } from '../types'

type Env = Record<string, string | undefined>

export type { PaymentSettings }

/** Deposits need STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET; without them they are off. */
export function paymentSettingsFromEnv(env: Env = process.env): PaymentSettings | null {
  if (!env.STRIPE_SECRET_KEY || !env.STRIPE_WEBHOOK_SECRET) return null
  return {
    secretKey: env.STRIPE_SECRET_KEY,
    webhookSecret: env.STRIPE_WEBHOOK_SECRET,
    publishableKey: env.STRIPE_PUBLISHABLE_KEY,
    apiBase: env.STRIPE_API_BASE ? new URL(env.STRIPE_API_BASE) : undefined,
  }
}

/** The Stripe settings the plugin was given, or null when deposits are off on this server. */
export function paymentSettingsOf(payload: Pick<Payload, 'config'>): PaymentSettings | null {
  const settings = settingsOf(payload)
  return settings.enabled ? settings.payments : null
}

export const paymentsEnabled = (payload: Pick<Payload, 'config'>) => paymentSettingsOf(payload) !== null

let client: { key: string; base?: string; stripe: Stripe } | null = null

/**
 * Our own Stripe client for every call we make (plugin-stripe's always targets api.stripe.com).
 * Short timeout and the SDK's retries: a payment call never hangs a request for long.
 */
export function stripeClient(payload: Pick<Payload, 'config'>): Stripe {
  const settings = paymentSettingsOf(payload)
  if (!settings) throw new Error('Stripe is not configured')
  const base = settings.apiBase
  if (client?.key !== settings.secretKey || client.base !== base?.href) {
    client = {
      key: settings.secretKey,
      base: base?.href,
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
