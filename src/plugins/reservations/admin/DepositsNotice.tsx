import type { TFunction } from '@payloadcms/translations'
import type { UIFieldServerProps } from 'payload'

import { paymentsEnabled } from '../payments/config'
import type { ReservationsKey } from '../translations/types'

/** Rendered on the server with the restaurant form: tells owners when deposits cannot be collected. */
export function DepositsNotice({ payload, i18n }: Pick<UIFieldServerProps, 'payload' | 'i18n'>) {
  if (paymentsEnabled(payload)) return null
  const t = i18n.t as unknown as TFunction<ReservationsKey>
  return (
    <p role="note" style={{ padding: '0.75rem 1rem', border: '1px solid var(--theme-warning-500)', borderRadius: 4, background: 'var(--theme-warning-100)' }}>
      {t('reservations:restaurant:stripeMissing')}
    </p>
  )
}
