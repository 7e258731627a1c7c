'use client'

import { addLocalDays, formatLocalDate, todayIn } from '../../../domain/availability/localTime'
import { useJson } from '../../../infrastructure/client/useJson'
import { useWords } from './useWords'

type Answer = { days: { date: string; covers: number; bookings: number }[] }

/** How many days ahead an owner or manager sees on the home page: tomorrow and the six after it. */
const DAYS_AHEAD = 7

/**
 * Tomorrow's covers and the week's, for owners and managers planning staff and stock. The figures
 * are the calendar's (same endpoint, same counting rules); a day opens its timeline.
 */
export function CoversOutlook({ slug, timeZone }: { slug: string; timeZone: string }) {
  const { t, locale, count } = useWords()
  const from = addLocalDays(todayIn(timeZone), 1)
  const to = addLocalDays(from, DAYS_AHEAD - 1)
  const { data, error } = useJson<Answer>(`/api/restaurants/${slug}/calendar?from=${from}&to=${to}`)
  const total = data?.days.reduce((sum, d) => sum + d.covers, 0) ?? 0
  const dayName = (date: string) => formatLocalDate(date, locale, { weekday: 'long', day: 'numeric', month: 'short' })

  return (
    <section className="staff-home__outlook" aria-labelledby="outlook-title" data-testid="covers-outlook">
      <h2 id="outlook-title">{t('reservations:home:outlook')}</h2>
      {error ? <p role="alert">{t('reservations:home:error')}</p> : null}
      {data ? (
        <ul className="staff-home__days">
          <li className="staff-home__day staff-home__day--total" data-testid="outlook-week">
            {t('reservations:home:nextDays', { days: DAYS_AHEAD })}
            <span className="staff-home__figure">{count('reservations:calendar:covers', total)}</span>
          </li>
          {data.days.map((d, i) => (
            <li key={d.date} className="staff-home__day" data-testid={i === 0 ? 'outlook-tomorrow' : `outlook-${d.date}`}>
              <a href={`/admin/calendar?restaurant=${slug}&date=${d.date}&view=day`}>{i === 0 ? `${t('reservations:home:tomorrow')} (${dayName(d.date)})` : dayName(d.date)}</a>
              <span className="staff-home__figure">{count('reservations:calendar:covers', d.covers)}</span>
              {count('reservations:calendar:bookings', d.bookings)}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  )
}
