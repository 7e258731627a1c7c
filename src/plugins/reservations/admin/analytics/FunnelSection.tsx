'use client'

import type { CSSProperties } from 'react'

import { ABANDONMENT_STAGES, FUNNEL_STEPS, type FunnelFigures } from '../../../../domain/funnel'
import { useStaffQuery } from '../../../../infrastructure/client/staffQueries'
import type { FunnelResponse } from '../../api/funnel'
import { useWords } from '../useWords'

const card: CSSProperties = { border: '1px solid var(--theme-elevation-150)', borderRadius: 'var(--style-radius-m, 4px)', padding: '.75rem 1rem', background: 'var(--theme-elevation-0)' }
const cell: CSSProperties = { padding: '.25rem .5rem', textAlign: 'right' }
const head: CSSProperties = { ...cell, borderBottom: '1px solid var(--theme-elevation-150)' }
const rowHead: CSSProperties = { padding: '.25rem .5rem', textAlign: 'left', fontWeight: 400 }

type Column = { key: 'total' | 'site' | 'widget' | 'previous'; figures: FunnelFigures }

/**
 * The booking funnel of the period (GET /api/restaurants/:slug/funnel): conversion and abandonment
 * against the plan's targets, said in words (never colour alone), then the diners reaching each
 * step and where the others left, for every source together, the website, the widget and the period before.
 */
export function FunnelSection({ slug, from, to }: { slug: string; from: string; to: string }) {
  const { t, locale } = useWords()
  const { data } = useStaffQuery<FunnelResponse>(slug ? `/api/restaurants/${slug}/funnel?from=${from}&to=${to}` : null, { refetchIntervalMs: false })
  if (!data) return null
  const number = (n: number) => new Intl.NumberFormat(locale).format(n)
  const percent = (n: number) => `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(n)} %`
  const columns: Column[] = [
    { key: 'total', figures: data.total },
    { key: 'site', figures: data.bySource.site },
    { key: 'widget', figures: data.bySource.widget },
    { key: 'previous', figures: data.previousTotal },
  ]
  const columnLabel = { total: t('reservations:analytics:funnelAll'), site: t('reservations:analytics:funnelSite'), widget: t('reservations:analytics:funnelWidget'), previous: t('reservations:analytics:funnelPrevious') }
  const rate = (id: 'conversion' | 'abandonment', value: number | null, met: boolean | null, target: string) => (
    <li data-testid={`funnel-${id}`} style={card}>
      <div style={{ color: 'var(--theme-elevation-600)', fontSize: '.85rem' }}>
        {t(id === 'conversion' ? 'reservations:analytics:funnelConversion' : 'reservations:analytics:funnelAbandonment')}
      </div>
      <div style={{ fontSize: '1.6rem', fontWeight: 600 }}>{value === null ? '—' : percent(value)}</div>
      <div style={{ fontSize: '.85rem', color: met === null ? 'var(--theme-elevation-600)' : met ? 'var(--theme-success-600)' : 'var(--theme-error-600)' }}>
        {met === null ? t('reservations:analytics:funnelNoVisits') : met ? t('reservations:analytics:funnelTargetMet') : t('reservations:analytics:funnelTargetMissed')} · {t('reservations:analytics:funnelTarget', { target })}
      </div>
      <div style={{ fontSize: '.8rem', color: 'var(--theme-elevation-600)' }}>{t(id === 'conversion' ? 'reservations:analytics:funnelConversionHelp' : 'reservations:analytics:funnelAbandonmentHelp')}</div>
    </li>
  )
  const table = (id: string, caption: string, firstColumn: string, rows: { key: string; label: string; value: (f: FunnelFigures) => number }[]) => (
    <table data-testid={id} style={{ width: '100%', borderCollapse: 'collapse', ...card }}>
      <caption style={{ textAlign: 'left', fontWeight: 600, padding: '.5rem 0' }}>{caption}</caption>
      <thead>
        <tr>
          <th scope="col" style={{ ...head, textAlign: 'left' }}>
            {firstColumn}
          </th>
          {columns.map((c) => (
            <th key={c.key} scope="col" style={head}>
              {columnLabel[c.key]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} data-testid={`${id}-${row.key}`}>
            <th scope="row" style={rowHead}>
              {row.label}
            </th>
            {columns.map((c) => (
              <td key={c.key} data-column={c.key} style={cell}>
                {number(row.value(c.figures))}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  )

  return (
    <section aria-labelledby="funnel-title" data-testid="funnel" style={{ display: 'grid', gap: '.75rem', marginTop: '1.5rem' }}>
      <h2 id="funnel-title" style={{ margin: 0 }}>
        {t('reservations:analytics:funnelTitle')}
      </h2>
      <p style={{ margin: 0, fontSize: '.85rem', color: 'var(--theme-elevation-600)' }}>{t('reservations:analytics:funnelNote')}</p>
      <ul style={{ listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: '.75rem', gridTemplateColumns: 'repeat(auto-fill, minmax(13rem, 1fr))' }}>
        {rate('conversion', data.total.conversionPercent, data.total.meetsTargets.conversion, `> ${percent(data.targets.conversionPercent)}`)}
        {rate('abandonment', data.total.abandonmentPercent, data.total.meetsTargets.abandonment, `< ${percent(data.targets.abandonmentPercent)}`)}
      </ul>
      {data.total.counts.seen === 0 ? <p style={{ margin: 0 }}>{t('reservations:analytics:funnelNoData')}</p> : null}
      {table(
        'funnel-steps',
        t('reservations:analytics:funnelSteps'),
        t('reservations:analytics:funnelStep'),
        FUNNEL_STEPS.map((step) => ({ key: step, label: t(`reservations:analytics:funnel_${step}`), value: (f) => f.counts[step] })),
      )}
      {table(
        'funnel-abandoned',
        t('reservations:analytics:funnelAbandonedBy'),
        t('reservations:analytics:funnelLeftOn'),
        ABANDONMENT_STAGES.map((stage) => ({ key: stage, label: t(`reservations:analytics:funnelLeft_${stage}`), value: (f) => f.abandonedAt[stage] })),
      )}
    </section>
  )
}
