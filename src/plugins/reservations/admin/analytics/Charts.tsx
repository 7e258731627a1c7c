'use client'

import { Bar, BarChart, CartesianGrid, LabelList, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'

import { RESERVATION_SOURCES } from '../../constants'
import { formatLocalDate } from '../../../../domain/availability/localTime'
import { ChartFigure } from './ChartFigure'
import type { Analytics } from './types'
import { useWords } from '../useWords'

// The admin theme's own colours, so the charts follow light and dark mode.
const INK = 'var(--theme-elevation-800)'
const GRID = 'var(--theme-elevation-150)'
const MAIN = 'var(--theme-success-500)'
const SECOND = 'var(--theme-elevation-400)'
const axis = { tick: { fill: INK, fontSize: 12 }, stroke: GRID }
const tooltip = { contentStyle: { background: 'var(--theme-elevation-0)', border: `1px solid ${GRID}`, color: 'var(--theme-text)' }, cursor: { fill: 'var(--theme-elevation-50)' } }

const isSource = (key: string): key is (typeof RESERVATION_SOURCES)[number] => (RESERVATION_SOURCES as readonly string[]).includes(key)

type Series = { key: string; name: string; colour: string; stack?: string; label?: boolean }

/** A bar chart with its numbers written on the bars. */
function Bars({ rows, series }: { rows: Array<Record<string, string | number | null>>; series: Series[] }) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      {/* No keyboard layer: the drawing is hidden from assistive technology, the table under it is the accessible path. */}
      <BarChart data={rows} margin={{ top: 18, right: 8, bottom: 0, left: -12 }} accessibilityLayer={false}>
        <CartesianGrid stroke={GRID} vertical={false} />
        <XAxis dataKey="label" {...axis} />
        <YAxis allowDecimals={false} {...axis} />
        <Tooltip {...tooltip} />
        {series.length > 1 ? <Legend wrapperStyle={{ color: INK }} /> : null}
        {series.map((s) => (
          <Bar key={s.key} dataKey={s.key} name={s.name} fill={s.colour} stackId={s.stack} isAnimationActive={false}>
            {s.label === false ? null : <LabelList dataKey={s.key} position={s.stack ? 'center' : 'top'} fill={s.stack ? 'var(--theme-elevation-0)' : INK} fontSize={11} />}
          </Bar>
        ))}
      </BarChart>
    </ResponsiveContainer>
  )
}

/** The five charts of the view, each with its table. */
export function Charts({ data }: { data: Analytics }) {
  const { t, locale } = useWords()
  const c = {
    weekday: t('reservations:analytics:weekday'),
    covers: t('reservations:analytics:covers'),
    service: t('reservations:analytics:service'),
    occupancy: t('reservations:analytics:occupancyPercent'),
    previous: t('reservations:analytics:previous'),
    party: t('reservations:analytics:party'),
    bookings: t('reservations:analytics:bookings'),
    source: t('reservations:analytics:source'),
    week: t('reservations:analytics:weekFrom'),
    onTheBooks: t('reservations:analytics:onTheBooks'),
    pickup: t('reservations:analytics:pickup'),
    forecast: t('reservations:analytics:forecast'),
  }
  // Monday first, named by Intl in the admin's language (2024-01-01 was a Monday).
  const weekdayName = (i: number) => new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, 1 + i, 12)))
  const weekday = Array.from({ length: 7 }, (_, i) => ({ label: weekdayName(i), covers: data.coversByWeekday[String(i + 1)] ?? 0 }))
  const services = Object.keys({ ...data.occupancy.byService, ...data.occupancy.previousByService })
  const occupancy = services.map((label) => ({ label, occupancy: data.occupancy.byService[label] ?? null, previous: data.occupancy.previousByService[label] ?? null }))
  const percent = (n: number | null) => (n === null ? '—' : `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(n)} %`)
  const party = Object.entries(data.bookingsByPartySize).map(([size, bookings]) => ({ label: size === '9' ? '9+' : size, bookings }))
  const source = Object.entries(data.coversBySource).map(([key, covers]) => ({ label: isSource(key) ? t(`reservations:source:${key}`) : key, covers }))
  const day = (date: string) => formatLocalDate(date, locale, { day: 'numeric', month: 'short' })
  const forecast = data.forecast.map((w) => ({ label: day(w.startsOn), onTheBooks: w.coversOnTheBooks, pickup: Math.max(0, w.forecastCovers - w.coversOnTheBooks), forecast: w.forecastCovers, expectedPickup: w.expectedPickup }))
  const learntFrom = Math.max(0, ...data.forecast.map((w) => w.basedOnWeeks))

  return (
    <div style={{ display: 'grid', gap: '1rem', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 26rem), 1fr))' }}>
      <ChartFigure id="weekday" title={t('reservations:analytics:chartWeekday')} showTable={t('reservations:analytics:showTable')} columns={[{ key: 'label', label: c.weekday }, { key: 'covers', label: c.covers }]} rows={weekday}>
        <Bars rows={weekday} series={[{ key: 'covers', name: c.covers, colour: MAIN }]} />
      </ChartFigure>
      <ChartFigure
        id="occupancy"
        title={t('reservations:analytics:chartOccupancy')}
        note={t('reservations:analytics:occupancyNote')}
        showTable={t('reservations:analytics:showTable')}
        columns={[{ key: 'label', label: c.service }, { key: 'occupancy', label: c.occupancy }, { key: 'previous', label: c.previous }]}
        rows={occupancy.map((r) => ({ label: r.label, occupancy: percent(r.occupancy), previous: percent(r.previous) }))}
      >
        <Bars rows={occupancy} series={[{ key: 'occupancy', name: c.occupancy, colour: MAIN }, { key: 'previous', name: c.previous, colour: SECOND }]} />
      </ChartFigure>
      <ChartFigure id="party-size" title={t('reservations:analytics:chartPartySize')} showTable={t('reservations:analytics:showTable')} columns={[{ key: 'label', label: c.party }, { key: 'bookings', label: c.bookings }]} rows={party}>
        <Bars rows={party} series={[{ key: 'bookings', name: c.bookings, colour: MAIN }]} />
      </ChartFigure>
      <ChartFigure id="source" title={t('reservations:analytics:chartSource')} showTable={t('reservations:analytics:showTable')} columns={[{ key: 'label', label: c.source }, { key: 'covers', label: c.covers }]} rows={source}>
        <Bars rows={source} series={[{ key: 'covers', name: c.covers, colour: MAIN }]} />
      </ChartFigure>
      <ChartFigure
        id="forecast"
        title={t('reservations:analytics:chartForecast')}
        note={learntFrom ? t('reservations:analytics:forecastNote', { count: learntFrom }) : t('reservations:analytics:forecastNoHistory')}
        showTable={t('reservations:analytics:showTable')}
        columns={[{ key: 'label', label: c.week }, { key: 'onTheBooks', label: c.onTheBooks }, { key: 'expectedPickup', label: c.pickup }, { key: 'forecast', label: c.forecast }]}
        rows={forecast}
      >
        <Bars rows={forecast} series={[{ key: 'onTheBooks', name: c.onTheBooks, colour: MAIN, stack: 'f' }, { key: 'pickup', name: c.pickup, colour: SECOND, stack: 'f' }]} />
      </ChartFigure>
    </div>
  )
}
