import type { UIFieldServerProps } from 'payload'

import { paymentsEnabled } from '../payments/config'

/** Rendered on the server with the restaurant form: tells owners when deposits cannot be collected. */
export function DepositsNotice({ payload }: Pick<UIFieldServerProps, 'payload'>) {
  if (paymentsEnabled(payload)) return null
  return (
    <p role="note" style={{ padding: '0.75rem 1rem', border: '1px solid var(--theme-warning-500)', borderRadius: 4, background: 'var(--theme-warning-100)' }}>
      ⚠ Stripe is not configured on this server (STRIPE_SECRET_KEY, STRIPE_WEBHOOK_SECRET): no deposit is collected, and bookings are confirmed without
      one. / Stripe n’est pas configuré : aucun acompte n’est demandé.
    </p>
  )
}
