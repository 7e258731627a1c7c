'use client'

import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'

import { formatLocalDate } from '../../../../domain/availability/localTime'
import { useStaffQuery } from '../../../../infrastructure/client/staffQueries'
import type { FeedbackStats } from '../../api/feedback'
import { useWords } from '../useWords'
import { ChartFigure } from './ChartFigure'

// The product plan's target for guest satisfaction.
const TARGET = 4.5
const INK = 'var(--theme-elevation-800)'
const GRID = 'var(--theme-elevation-150)'
const MAIN = 'var(--theme-success-500)'
const axis = { tick: { fill: INK, fontSize: 12 }, stroke: GRID }

function Bars({ rows, dataKey, name, decimals = false }: { rows: Array<Record<string, string | number>>; dataKey: string; name: string; decimals?: boolean }) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={rows} margin={{ top: 18, right: 8, bottom: 0, left: -12 }} accessibilityLayer={false}>
        <CartesianGrid stroke={GRID} vertical={false} />
        <XAxis dataKey="label" {...axis} />
        <YAxis allowDecimals={decimals} domain={decimals ? [0, 5] : undefined} {...axis} />
        <Tooltip contentStyle={{ background: 'var(--theme-elevation-0)', border: `1px solid ${GRID}`, color: 'var(--theme-text)' }} />
        <Bar dataKey={dataKey} name={name} fill={MAIN} isAnimationActive={false}>
          <LabelList dataKey={dataKey} position="top" fill={INK} fontSize={11} />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  )
}

/**
 * Guests' feedback on the period's visits: average against the plan's 4.5 target, answers and
 * response rate, low scores, the distribution, the weekly trend, by service, and the latest comments
 * (the endpoint answers managers and owners only).
 */
export function FeedbackSection({ slug, from, to }: { slug: string; from: string; to: string }) {
  const { t, locale } = useWords()
  const { data, error } = useStaffQuery<FeedbackStats>(slug ? `/api/restaurants/${slug}/feedback?from=${from}&to=${to}` : null, { refetchIntervalMs: false })
  const one = (n: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(n)
  const day = (date: string) => formatLocalDate(date, locale, { day: 'numeric', month: 'short' })
  const showTable = t('reservations:analytics:showTable')

  if (error) return <p role="alert">{t('reservations:feedback:error')}</p>
  if (!data) return null
  const { scores } = data
  const cards: Array<[string, string, string]> = [
    ['average', t('reservations:feedback:average'), scores.average === null ? '—' : `${one(scores.average)}/5`],
    ['answers', t('reservations:feedback:answers'), String(scores.count)],
    ['response-rate', t('reservations:feedback:responseRate'), data.responseRatePercent === null ? '—' : `${one(data.responseRatePercent)} %`],
    ['low-scores', t('reservations:feedback:lowScores'), String(data.lowScores)],
  ]
  const distribution = [1, 2, 3, 4, 5].map((score) => ({ label: t('reservations:feedback:scoreLabel', { score }), answers: scores.distribution[String(score)] ?? 0 }))
  const trend = data.trend.map((w) => ({ label: day(w.week), average: w.average, count: w.count }))
  const services = Object.entries(data.byService).map(([name, s]) => ({ label: name || t('reservations:feedback:outsideHours'), average: s.average, count: s.count }))

  return (
    <section aria-labelledby="feedback-title" data-testid="feedback-section" style={{ marginTop: '2rem' }}>
      <h2 id="feedback-title">{t('reservations:feedback:sectionTitle')}</h2>
      <p className="staff-view__muted">{t('reservations:feedback:target', { target: one(TARGET) })}</p>
      <ul style={{ listStyle: 'none', padding: 0, margin: '0 0 1rem', display: 'grid', gap: '.75rem', gridTemplateColumns: 'repeat(auto-fill, minmax(13rem, 1fr))' }}>
        {cards.map(([id, label, value]) => (
          <li key={id} data-testid={`feedback-${id}`} style={{ border: '1px solid var(--theme-elevation-150)', borderRadius: 'var(--style-radius-m, 4px)', padding: '.75rem 1rem', background: 'var(--theme-elevation-0)' }}>
            <div style={{ color: 'var(--theme-elevation-600)', fontSize: '.85rem' }}>{label}</div>
            <div style={{ fontSize: '1.6rem', fontWeight: 600, color: 'var(--theme-text)' }}>{value}</div>
          </li>
        ))}
      </ul>
      {scores.count === 0 ? (
        <p>{t('reservations:feedback:noData')}</p>
      ) : (
        <div style={{ display: 'grid', gap: '1rem', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 26rem), 1fr))' }}>
          <ChartFigure id="feedback-distribution" title={t('reservations:feedback:distribution')} showTable={showTable} columns={[{ key: 'label', label: t('reservations:feedback:score') }, { key: 'answers', label: t('reservations:feedback:count') }]} rows={distribution}>
            <Bars rows={distribution} dataKey="answers" name={t('reservations:feedback:count')} />
          </ChartFigure>
          <ChartFigure
            id="feedback-trend"
            title={t('reservations:feedback:trend')}
            showTable={showTable}
            columns={[{ key: 'label', label: t('reservations:feedback:weekFrom') }, { key: 'average', label: t('reservations:feedback:average') }, { key: 'count', label: t('reservations:feedback:count') }]}
            rows={trend}
          >
            <Bars rows={trend} dataKey="average" name={t('reservations:feedback:average')} decimals />
          </ChartFigure>
          <ChartFigure
            id="feedback-service"
            title={t('reservations:feedback:byService')}
            showTable={showTable}
            columns={[{ key: 'label', label: t('reservations:feedback:service') }, { key: 'average', label: t('reservations:feedback:average') }, { key: 'count', label: t('reservations:feedback:count') }]}
            rows={services}
          >
            <Bars rows={services} dataKey="average" name={t('reservations:feedback:average')} decimals />
          </ChartFigure>
        </div>
      )}
      <h3>{t('reservations:feedback:comments')}</h3>
      {data.comments.length ? (
        <ul data-testid="feedback-comments" style={{ paddingLeft: '1.2rem' }}>
          {data.comments.map((c) => (
            <li key={`${c.reference}-${c.visitDate}`} style={{ marginBottom: '.5rem' }}>
              <strong>{c.score}/5</strong> · {formatLocalDate(c.visitDate, locale, { dateStyle: 'medium' })}
              {c.service ? ` · ${c.service}` : ''} · {c.guestName} ({c.reference})
              <blockquote style={{ margin: '.25rem 0 0', whiteSpace: 'pre-line' }}>{c.comment}</blockquote>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('reservations:feedback:noComments')}</p>
      )}
    </section>
  )
}
