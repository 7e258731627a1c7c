'use client'

import { useState } from 'react'

import { TREND_GRANULARITIES, type TrendGranularity } from '../../../../domain/analytics/trends'
import { daysBetween, formatLocalDate } from '../../../../domain/availability/localTime'
import { languageOf } from '../../../../domain/locale'
import { formatMinor } from '../../../../domain/money'
import { useStaffQuery } from '../../../../infrastructure/client/staffQueries'
import type { TrendsResponse } from '../../api/trends'
import { useWords } from '../useWords'
import { ChartFigure } from './ChartFigure'
import { MAIN, SECOND, TrendBars, TrendLines } from './TrendCharts'

/** Days for up to five weeks, weeks up to half a year, months beyond: a readable number of points. */
const granularityFor = (from: string, to: string): TrendGranularity => {
  const days = daysBetween(from, to) + 1
  return days <= 35 ? 'day' : days <= 183 ? 'week' : 'month'
}

const grid = { display: 'grid', gap: '1rem', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 26rem), 1fr))' } as const
const card = { border: '1px solid var(--theme-elevation-150)', borderRadius: 'var(--style-radius-m, 4px)', padding: '.75rem 1rem', background: 'var(--theme-elevation-0)' } as const

/**
 * The trends of the period on screen: covers and bookings per day, week or month beside last year,
 * the busiest tables, how far ahead guests book, the party-size mix and the revenue entered at
 * checkout. Data from GET /api/restaurants/:slug/trends.
 */
export function TrendsSection({ slug, from, to }: { slug: string; from: string; to: string }) {
  const { t, locale } = useWords()
  const [chosen, setChosen] = useState<TrendGranularity | null>(null)
  const granularity = chosen ?? granularityFor(from, to)
  const { data, error } = useStaffQuery<TrendsResponse>(`/api/restaurants/${slug}/trends?from=${from}&to=${to}&granularity=${granularity}`, { refetchIntervalMs: false })
  const number = (n: number, digits = 0) => new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(n)
  const money = (minor: number) => formatMinor(minor, data?.currency ?? 'EUR', languageOf(locale))
  const label = (start: string) =>
    granularity === 'month' ? formatLocalDate(start, locale, { month: 'short', year: 'numeric' }) : formatLocalDate(start, locale, { day: 'numeric', month: 'short' })
  const w = {
    covers: t('reservations:trends:covers'),
    bookings: t('reservations:trends:bookings'),
    coversLastYear: t('reservations:trends:coversLastYear'),
    bookingsLastYear: t('reservations:trends:bookingsLastYear'),
    table: t('reservations:trends:table'),
    hours: t('reservations:trends:seatHours'),
    share: t('reservations:trends:share'),
    showTable: t('reservations:analytics:showTable'),
  }

  return (
    <section aria-labelledby="trends-title" data-testid="trends" style={{ display: 'grid', gap: '1rem' }}>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: '1rem', alignItems: 'center' }}>
        <h2 id="trends-title" style={{ margin: 0 }}>
          {t('reservations:trends:title')}
        </h2>
        <fieldset style={{ border: 0, padding: 0, margin: 0, display: 'flex', gap: '.75rem', alignItems: 'center' }}>
          <legend style={{ float: 'left', marginRight: '.5rem', fontWeight: 600 }}>{t('reservations:trends:granularity')}</legend>
          {TREND_GRANULARITIES.map((g) => (
            <label key={g}>
              <input type="radio" name="trends-granularity" checked={granularity === g} onChange={() => setChosen(g)} /> {t(`reservations:trends:${g}`)}
            </label>
          ))}
        </fieldset>
      </div>
      {error ? <p role="alert">{t('reservations:trends:error')}</p> : null}
      {data ? (
        <>
          <Revenue data={data} money={money} number={number} />
          <div style={grid}>
            <ChartFigure
              id="trends-series"
              title={t('reservations:trends:chartSeries')}
              note={`${t(`reservations:trends:${granularity === 'day' ? 'seriesNoteDay' : granularity === 'week' ? 'seriesNoteWeek' : 'seriesNoteMonth'}`)} ${t('reservations:trends:lastYearTotals', { covers: number(data.totals.coversLastYear), bookings: number(data.totals.bookingsLastYear) })}.`}
              showTable={w.showTable}
              columns={[
                { key: 'label', label: t('reservations:trends:period') },
                { key: 'covers', label: w.covers },
                { key: 'coversLastYear', label: w.coversLastYear },
                { key: 'bookings', label: w.bookings },
                { key: 'bookingsLastYear', label: w.bookingsLastYear },
              ]}
              rows={data.series.map((p) => ({ label: label(p.start), covers: p.covers, coversLastYear: p.coversLastYear, bookings: p.bookings, bookingsLastYear: p.bookingsLastYear }))}
            >
              <TrendLines
                rows={data.series.map((p) => ({ label: label(p.start), covers: p.covers, coversLastYear: p.coversLastYear, bookings: p.bookings, bookingsLastYear: p.bookingsLastYear }))}
                lines={[
                  { key: 'covers', name: w.covers, colour: MAIN },
                  { key: 'coversLastYear', name: w.coversLastYear, colour: MAIN, dashed: true },
                  { key: 'bookings', name: w.bookings, colour: SECOND },
                  { key: 'bookingsLastYear', name: w.bookingsLastYear, colour: SECOND, dashed: true },
                ]}
              />
            </ChartFigure>
            <ChartFigure
              id="trends-top-covers"
              title={t('reservations:trends:chartTopCovers')}
              note={t('reservations:trends:topNote')}
              showTable={w.showTable}
              columns={[{ key: 'label', label: w.table }, { key: 'covers', label: w.covers }, { key: 'bookings', label: w.bookings }]}
              rows={data.topTables.byCovers.map((r) => ({ label: r.label, covers: r.covers, bookings: r.bookings }))}
            >
              <TrendBars rows={data.topTables.byCovers.map((r) => ({ label: r.label, covers: r.covers }))} valueKey="covers" name={w.covers} />
            </ChartFigure>
            <ChartFigure
              id="trends-top-seat-time"
              title={t('reservations:trends:chartTopSeatTime')}
              note={t('reservations:trends:topNote')}
              showTable={w.showTable}
              columns={[{ key: 'label', label: w.table }, { key: 'hours', label: w.hours }, { key: 'bookings', label: w.bookings }]}
              rows={data.topTables.bySeatTime.map((r) => ({ label: r.label, hours: number(r.seatMinutes / 60, 1), bookings: r.bookings }))}
            >
              <TrendBars rows={data.topTables.bySeatTime.map((r) => ({ label: r.label, hours: Math.round(r.seatMinutes / 6) / 10 }))} valueKey="hours" name={w.hours} />
            </ChartFigure>
            <ChartFigure
              id="trends-lead-time"
              title={t('reservations:trends:chartLeadTime')}
              note={t('reservations:trends:leadTimeNote')}
              showTable={w.showTable}
              columns={[{ key: 'label', label: t('reservations:trends:leadTime') }, { key: 'bookings', label: w.bookings }, { key: 'share', label: w.share }]}
              rows={data.leadTime.map((g) => ({ label: t(`reservations:trends:${g.group}`), bookings: g.bookings, share: `${number(g.percent, 1)} %` }))}
            >
              <TrendBars rows={data.leadTime.map((g) => ({ label: t(`reservations:trends:${g.group}`), bookings: g.bookings }))} valueKey="bookings" name={w.bookings} />
            </ChartFigure>
            <ChartFigure
              id="trends-party-mix"
              title={t('reservations:trends:chartPartyMix')}
              showTable={w.showTable}
              columns={[{ key: 'label', label: t('reservations:trends:party') }, { key: 'bookings', label: w.bookings }, { key: 'covers', label: w.covers }, { key: 'share', label: w.share }]}
              rows={data.partyMix.map((g) => ({ label: g.group, bookings: g.bookings, covers: g.covers, share: `${number(g.percent, 1)} %` }))}
            >
              <TrendBars rows={data.partyMix.map((g) => ({ label: g.group, share: g.percent }))} valueKey="share" name={w.share} />
            </ChartFigure>
          </div>
        </>
      ) : null}
    </section>
  )
}

/** Revenue as entered at checkout, with how much of the picture it is (bookings completed with a spend). */
function Revenue({ data, money, number }: { data: TrendsResponse; money: (minor: number) => string; number: (n: number, digits?: number) => string }) {
  const { t } = useWords()
  const r = data.revenue
  const figures = [
    { id: 'total', label: t('reservations:trends:revenue'), value: money(r.revenue) },
    { id: 'per-cover', label: t('reservations:trends:spendPerCover'), value: r.spendPerCover === null ? '—' : money(r.spendPerCover) },
    { id: 'with-spend', label: t('reservations:trends:withSpend'), value: `${number(r.withSpendPercent, 1)} %`, detail: t('reservations:trends:withSpendDetail', { with: number(r.completedWithSpend), completed: number(r.completed) }) },
  ]
  return (
    <section aria-labelledby="trends-revenue-title" data-testid="trends-revenue">
      <h3 id="trends-revenue-title" style={{ margin: '0 0 .5rem' }}>
        {t('reservations:trends:revenueTitle')}
      </h3>
      {r.completedWithSpend === 0 ? <p className="staff-view__muted">{t('reservations:trends:noSpend')}</p> : null}
      <ul style={{ listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: '.75rem', gridTemplateColumns: 'repeat(auto-fill, minmax(13rem, 1fr))' }}>
        {figures.map((f) => (
          <li key={f.id} data-testid={`revenue-${f.id}`} style={card}>
            <div style={{ color: 'var(--theme-elevation-600)', fontSize: '.85rem' }}>{f.label}</div>
            <div style={{ fontSize: '1.6rem', fontWeight: 600, color: 'var(--theme-text)' }}>{f.value}</div>
            {f.detail ? <div style={{ fontSize: '.85rem', color: 'var(--theme-elevation-600)' }}>{f.detail}</div> : null}
          </li>
        ))}
      </ul>
    </section>
  )
}
