'use client'

import { addLocalDays } from '@/domain/availability/localTime'
import type { Locale } from '@/i18n/config'
import { messagesFor } from '@/i18n/messages'

import { DAYS_SHOWN } from './constants'
import { formatLocalDate } from './format'
import type { DaySummary } from './types'
import { useJson } from '../../infrastructure/client/useJson'

/** The next four weeks as buttons; days with nothing left are marked and cannot be picked. */
export function DayPicker(props: {
  locale: Locale
  slug: string
  party: number
  today: string
  maxAdvanceDays: number
  value: string | null
  onChange: (date: string) => void
  /** the server's answer for the first paint, when it was computed for this party size */
  initial?: { party: number; days: DaySummary[] }
}) {
  const { locale, slug, party, today, value, onChange, initial } = props
  const t = messagesFor(locale).wizard
  const last = addLocalDays(today, Math.min(DAYS_SHOWN, props.maxAdvanceDays + 1) - 1)
  const fromServer = initial && initial.party === party ? initial.days : null
  const { data, loading } = useJson<{ days: DaySummary[] }>(fromServer ? null : `/api/restaurants/${slug}/availability?from=${today}&to=${last}&party=${party}&locale=${locale}`)
  const days = fromServer ?? data?.days ?? []
  return (
    <fieldset className="field">
      <legend>{t.date}</legend>
      {loading && !days.length ? (
        <>
          <p className="visually-hidden" role="status">
            {t.loading}
          </p>
          {/* Same size as the real grid, so nothing below jumps when the days arrive. */}
          <ul className="day-grid" aria-hidden="true">
            {Array.from({ length: DAYS_SHOWN }, (_, i) => (
              <li key={i}>
                <span className="day day--placeholder" />
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <ul className="day-grid" role="list">
        {days.map((day) => {
          const label = formatLocalDate(day.date, locale, { weekday: 'short', day: 'numeric', month: 'short' })
          const status = day.available ? '' : day.reason === 'closed' ? t.dayClosed : t.dayFull
          return (
            <li key={day.date}>
              <button
                type="button"
                className="day"
                aria-pressed={value === day.date}
                aria-label={`${formatLocalDate(day.date, locale)}${status ? ` — ${status}` : ''}`}
                onClick={() => onChange(day.date)}
                data-available={day.available}
                data-date={day.date}
              >
                <span aria-hidden="true">{label}</span>
                {status ? (
                  <span className="day__status" aria-hidden="true">
                    {status}
                  </span>
                ) : null}
              </button>
            </li>
          )
        })}
      </ul>
    </fieldset>
  )
}
