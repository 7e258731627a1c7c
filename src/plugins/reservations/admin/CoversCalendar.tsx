'use client'

import { useEffect } from 'react'

import { formatLocalDate, isoWeekdayOf } from '../../../domain/availability/localTime'
import { useStaffQuery } from '../../../infrastructure/client/staffQueries'
import type { CalendarResponse } from '../api/calendar'
import { useWords } from './useWords'

export type CalendarRange = { from: string; to: string }

/**
 * The week or month at a glance: a cell per day with its covers, split by service. A day opens
 * its timeline. Refreshed every minute (and after every staff write): bookings keep arriving during the week too.
 */
export function CoversCalendar({
  slug,
  range,
  onLoaded,
  onPickDay,
}: {
  slug: string
  range: CalendarRange
  onLoaded: (name: string) => void
  onPickDay: (date: string) => void
}) {
  const { t, locale, count } = useWords()
  const { data, error } = useStaffQuery<CalendarResponse>(slug ? `/api/restaurants/${slug}/calendar?from=${range.from}&to=${range.to}` : null, { refetchIntervalMs: 60_000 })
  useEffect(() => {
    if (data) onLoaded(data.restaurant.name)
  }, [data, onLoaded])

  const weekday = (date: string, style: 'short' | 'long') => formatLocalDate(date, locale, { weekday: style })
  const label = (date: string) => formatLocalDate(date, locale, { day: 'numeric', month: 'long' })
  // Monday first: blank cells before the first day of a month.
  const lead = data?.days[0] ? isoWeekdayOf(data.days[0].date) - 1 : 0

  if (error) return <p role="alert">{t('reservations:calendar:error')}</p>
  if (!data) return null
  return (
    <div className="covers-calendar" data-testid="covers-calendar">
      {data.days.slice(0, 7).map((d, i) => (
        <div key={`h${i}`} aria-hidden className="covers-calendar__weekday" style={{ gridColumn: ((lead + i) % 7) + 1, gridRow: 1 }}>
          {weekday(d.date, 'short')}
        </div>
      ))}
      {data.days.map((d, i) => (
        <button
          key={d.date}
          type="button"
          data-testid={`calendar-day-${d.date}`}
          aria-label={`${weekday(d.date, 'long')} ${label(d.date)}: ${count('reservations:calendar:covers', d.covers)}, ${count('reservations:calendar:bookings', d.bookings)}. ${t('reservations:calendar:open', { date: label(d.date) })}`}
          onClick={() => onPickDay(d.date)}
          className={d.covers ? 'covers-calendar__day covers-calendar__day--busy' : 'covers-calendar__day'}
          style={{ gridColumn: ((lead + i) % 7) + 1 }}
        >
          <span style={{ fontWeight: 600 }}>{Number(d.date.slice(8))}</span>
          <span data-testid="day-covers">{count('reservations:calendar:covers', d.covers)}</span>
          {d.services.map((s) => (
            <small key={s.name}>
              {s.name}: {s.covers}
            </small>
          ))}
        </button>
      ))}
    </div>
  )
}
