'use client'

import { useState } from 'react'

import { addLocalDays, formatLocalDate, todayIn } from '../../../../domain/availability/localTime'
import { useStaffQuery } from '../../../../infrastructure/client/staffQueries'
import { RestaurantPicker } from '../RestaurantPicker'
import { Charts } from './Charts'
import { FeedbackSection } from './FeedbackSection'
import { FunnelSection } from './FunnelSection'
import { KpiCards } from './KpiCards'
import { ReportDownloads } from './ReportDownloads'
import { TrendsSection } from './TrendsSection'
import type { Analytics } from './types'
import { useWords } from '../useWords'

const PRESETS = [7, 30, 90] as const
type Preset = (typeof PRESETS)[number] | 'custom'


/** The owner's view of a period: KPI cards against the period before, charts with their tables, the forecast, reports. */
export function AnalyticsDashboard({ restaurants }: { restaurants: { slug: string; name: string; timeZone: string }[] }) {
  const { t, locale } = useWords()
  const [slug, setSlug] = useState(restaurants[0]?.slug ?? '')
  // Periods end on the restaurant's today, not the browser's: an owner abroad sees their own restaurant's days.
  const timeZone = restaurants.find((r) => r.slug === slug)?.timeZone ?? 'UTC'
  const localToday = () => todayIn(timeZone)
  const daysBefore = (date: string, days: number) => addLocalDays(date, -days)
  const [preset, setPreset] = useState<Preset>(30)
  const [custom, setCustom] = useState({ from: daysBefore(localToday(), 29), to: localToday() })
  const [draft, setDraft] = useState(custom)
  const period = preset === 'custom' ? custom : { from: daysBefore(localToday(), preset - 1), to: localToday() }
  // A period's figures move slowly: fetched when shown and on focus, not every 30 s.
  const { data, error, isPending: loading } = useStaffQuery<Analytics>(slug ? `/api/restaurants/${slug}/analytics?from=${period.from}&to=${period.to}` : null, { refetchIntervalMs: false })
  const date = (d: string) => formatLocalDate(d, locale, { dateStyle: 'medium' })

  if (!restaurants.length) return <p className="staff-view">{t('reservations:analytics:managersOnly')}</p>

  return (
    <div className="staff-view">
      <header className="staff-view__header">
        <h1>
          {t('reservations:analytics:title')}
          {data ? ` — ${data.restaurantName}` : ''}
        </h1>
        <RestaurantPicker restaurants={restaurants} value={slug} label={t('reservations:common:restaurant')} onChange={setSlug} />
      </header>

      <fieldset style={{ border: 0, padding: 0, margin: 0, display: 'flex', flexWrap: 'wrap', gap: '.75rem', alignItems: 'center' }}>
        <legend style={{ float: 'left', marginRight: '.5rem', fontWeight: 600 }}>{t('reservations:analytics:period')}</legend>
        {PRESETS.map((days) => (
          <label key={days}>
            <input type="radio" name="period" checked={preset === days} onChange={() => setPreset(days)} /> {t('reservations:analytics:last', { count: days })}
          </label>
        ))}
        <label>
          <input type="radio" name="period" checked={preset === 'custom'} onChange={() => setPreset('custom')} /> {t('reservations:analytics:custom')}
        </label>
        {preset === 'custom' ? (
          <form
            style={{ display: 'flex', flexWrap: 'wrap', gap: '.5rem', alignItems: 'center' }}
            onSubmit={(e) => {
              e.preventDefault()
              if (draft.from && draft.to && draft.from <= draft.to) setCustom(draft)
            }}
          >
            <label className="staff-view__label">
              {t('reservations:common:from')} <input type="date" value={draft.from} max={draft.to} required onChange={(e) => setDraft({ ...draft, from: e.target.value })} />
            </label>
            <label className="staff-view__label">
              {t('reservations:common:to')} <input type="date" value={draft.to} min={draft.from} required onChange={(e) => setDraft({ ...draft, to: e.target.value })} />
            </label>
            <button type="submit" className="btn btn--style-primary btn--size-small">
              {t('reservations:analytics:apply')}
            </button>
          </form>
        ) : null}
      </fieldset>

      {error ? <p role="alert">{t('reservations:analytics:error')}</p> : null}
      <p role="status" className="staff-view__muted">
        {loading && !data ? t('reservations:common:loading') : data ? `${date(data.period.from)} – ${date(data.period.to)}. ${t('reservations:analytics:comparedWith', { from: date(data.previousPeriod.from), to: date(data.previousPeriod.to) })}.` : ''}
      </p>

      {data ? (
        <>
          <KpiCards data={data} />
          {data.changes.bookings.value === 0 ? <p>{t('reservations:analytics:noData')}</p> : null}
          <Charts data={data} />
          <TrendsSection slug={slug} from={data.period.from} to={data.period.to} />
          <FunnelSection slug={slug} from={data.period.from} to={data.period.to} />
          <ReportDownloads slug={slug} from={data.period.from} to={data.period.to} />
          <FeedbackSection slug={slug} from={data.period.from} to={data.period.to} />
        </>
      ) : null}
    </div>
  )
}
