'use client'

import { languageOf } from '../../../../domain/locale'
import { formatMinor } from '../../../../domain/money'
import { KPIS, type Analytics, type Kpi } from './types'
import { useWords } from '../useWords'

/** Figures where going down is the good news: shown in the success colour when they fall. */
const LOWER_IS_BETTER = new Set<Kpi>(['noShowRatePercent', 'cancellationRatePercent', 'depositsRefunded'])
const RATES = new Set<Kpi>(['occupancyPercent', 'noShowRatePercent', 'cancellationRatePercent'])
const MONEY = new Set<Kpi>(['depositsCollected', 'depositsRefunded'])

/** One card per KPI: the value, then the change against the previous period in words and signs (never colour alone). */
export function KpiCards({ data }: { data: Analytics }) {
  const { t, locale } = useWords()
  const number = (n: number, kpi: Kpi) => {
    if (MONEY.has(kpi)) return formatMinor(n, data.currency, languageOf(locale))
    if (RATES.has(kpi)) return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(n)} %`
    if (kpi === 'leadTimeHours') return `${new Intl.NumberFormat(locale).format(n)} ${t('reservations:analytics:hours')}`
    return new Intl.NumberFormat(locale).format(n)
  }
  const signed = (n: number) => `${n > 0 ? '+' : n < 0 ? '−' : '±'}${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(Math.abs(n))}`

  return (
    <ul style={{ listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: '.75rem', gridTemplateColumns: 'repeat(auto-fill, minmax(13rem, 1fr))' }}>
      {KPIS.map((kpi) => {
        const c = data.changes[kpi]
        const good = c.change === 0 ? null : (c.change > 0) !== LOWER_IS_BETTER.has(kpi)
        const colour = kpi === 'leadTimeHours' || good === null ? 'var(--theme-elevation-600)' : good ? 'var(--theme-success-600)' : 'var(--theme-error-600)'
        const change =
          c.change === 0
            ? t('reservations:analytics:unchanged')
            : RATES.has(kpi)
              ? `${signed(c.change)} ${t('reservations:analytics:points')}`
              : c.changePercent === null
                ? `${c.change > 0 ? '+' : '−'}${number(Math.abs(c.change), kpi)} (${t('reservations:analytics:noComparison')})`
                : `${signed(c.changePercent)} %`
        return (
          <li key={kpi} data-testid={`kpi-${kpi}`} style={{ border: '1px solid var(--theme-elevation-150)', borderRadius: 'var(--style-radius-m, 4px)', padding: '.75rem 1rem', background: 'var(--theme-elevation-0)' }}>
            <div style={{ color: 'var(--theme-elevation-600)', fontSize: '.85rem' }}>{t(`reservations:analytics:${kpi}`)}</div>
            <div style={{ fontSize: '1.6rem', fontWeight: 600, color: 'var(--theme-text)' }}>{number(c.value, kpi)}</div>
            <div style={{ fontSize: '.85rem', color: colour }}>
              <span aria-hidden="true">{c.change > 0 ? '▲ ' : c.change < 0 ? '▼ ' : ''}</span>
              {change}
              <span style={{ color: 'var(--theme-elevation-600)' }}>
                {' '}
                · {t('reservations:analytics:was')} {number(c.previous, kpi)}
              </span>
            </div>
          </li>
        )
      })}
    </ul>
  )
}
