'use client'

import { useEffect, useId, useMemo, useRef, useState } from 'react'

import { addLocalDays } from '@/domain/availability/localTime'
import { bookingWindow, CALENDAR_KEYS, inWindow, mondayOf, monthOf, monthRange, monthsOfWindow, monthWeeks, moveFocus, type CalendarKey } from '@/domain/calendar/monthGrid'
import type { Locale } from '@/i18n/config'
import { messagesFor } from '@/i18n/messages'

import { formatLocalDate } from './format'
import type { DaySummary } from './types'
import { useMonthDays, type MonthDays } from './useMonthDays'

const isCalendarKey = (key: string): key is CalendarKey => (CALENDAR_KEYS as readonly string[]).includes(key)

/**
 * The whole booking window as a month calendar (WAI-ARIA date grid, inline): one tab stop, arrows
 * move a day, Home/End the week, PageUp/PageDown the month, Enter or Space chooses. Days outside
 * the window cannot be chosen; days without a free time are struck through and say so in their name.
 */
export function DayPicker(props: {
  locale: Locale
  slug: string
  party: number
  today: string
  maxAdvanceDays: number
  value: string | null
  onChange: (date: string) => void
  /** the server's answer for the first month, when it was computed for this party size */
  initial?: MonthDays
  /** bumped when a time was taken meanwhile: the marks are fetched again */
  refresh?: number
}) {
  const { locale, slug, party, today, maxAdvanceDays, value, onChange, initial, refresh } = props
  const t = messagesFor(locale).wizard
  const id = useId()
  const window = useMemo(() => bookingWindow(today, maxAdvanceDays), [today, maxAdvanceDays])
  const months = useMemo(() => monthsOfWindow(window), [window])
  const [month, setMonth] = useState(() => monthOf(value && inWindow(value, window) ? value : (initial?.month ?? today)))
  const [focused, setFocused] = useState<string | null>(null)
  const moveFocusToGrid = useRef(false)
  const grid = useRef<HTMLTableElement>(null)
  const { days, error } = useMonthDays(slug, party, month, window, initial, refresh)
  const byDate = useMemo(() => new Map((days ?? []).map((d) => [d.date, d])), [days])

  // A day chosen elsewhere (restored after a reload) opens its month.
  const [seenValue, setSeenValue] = useState(value)
  if (value !== seenValue) {
    setSeenValue(value)
    if (value && inWindow(value, window)) setMonth(monthOf(value))
  }

  useEffect(() => {
    if (!moveFocusToGrid.current) return
    moveFocusToGrid.current = false
    grid.current?.querySelector<HTMLElement>('[tabindex="0"]')?.focus()
  })

  // The grid's one tab stop: the day the keyboard is on, else the chosen day, else the month's first bookable day.
  const range = monthRange(month, window)
  const inMonth = (d: string | null): d is string => Boolean(d && monthOf(d) === month && inWindow(d, window))
  const firstFree = days?.find((d) => d.available)?.date ?? null
  const active = [focused, value, firstFree, range?.from ?? null].find(inMonth) ?? null

  function show(next: string) {
    setMonth(next)
    setFocused(null)
  }

  function onKeyDown(event: React.KeyboardEvent) {
    if (!active) return
    if (isCalendarKey(event.key)) {
      event.preventDefault()
      const next = moveFocus(active, event.key, window, event.shiftKey)
      setFocused(next)
      setMonth(monthOf(next))
      moveFocusToGrid.current = true
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault()
      onChange(active)
    }
  }

  const index = months.indexOf(month)
  const heading = `${id}-month`
  const monday = mondayOf(today)
  const weekdays = Array.from({ length: 7 }, (_, i) => addLocalDays(monday, i))

  return (
    <fieldset className="field calendar">
      <legend>{t.date}</legend>
      <div className="calendar__header">
        <button type="button" className="calendar__nav" onClick={() => show(months[index - 1]!)} disabled={index <= 0} aria-label={t.previousMonth}>
          <span aria-hidden="true">‹</span>
        </button>
        <h3 id={heading} className="calendar__month" aria-live="polite">
          {formatLocalDate(month, locale, { month: 'long', year: 'numeric' })}
        </h3>
        <button type="button" className="calendar__nav" onClick={() => show(months[index + 1]!)} disabled={index < 0 || index >= months.length - 1} aria-label={t.nextMonth}>
          <span aria-hidden="true">›</span>
        </button>
      </div>
      {!days && !error ? (
        <p className="visually-hidden" role="status">
          {t.loading}
        </p>
      ) : null}
      {error ? <p role="alert">{t.error}</p> : null}
      <table ref={grid} role="grid" aria-labelledby={heading} className="calendar__grid" onKeyDown={onKeyDown} aria-busy={!days && !error}>
        <thead>
          <tr>
            {weekdays.map((d) => (
              <th key={d} scope="col" abbr={formatLocalDate(d, locale, { weekday: 'long' })}>
                {formatLocalDate(d, locale, { weekday: 'narrow' })}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {monthWeeks(month).map((week) => (
            <tr key={week.find(Boolean) ?? month}>
              {week.map((date, i) => (date ? dayCell(date, byDate.get(date)) : <td key={`empty-${i}`} />))}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="hint calendar__key">{t.calendarKey}</p>
    </fieldset>
  )

  function dayCell(date: string, summary: DaySummary | undefined) {
    const bookable = inWindow(date, window)
    const status = !summary || summary.available ? '' : summary.reason === 'closed' ? t.dayClosed : t.dayFull
    const name = `${formatLocalDate(date, locale, { weekday: 'long', day: 'numeric', month: 'long' })}${status ? `, ${status}` : ''}`
    return (
      <td
        key={date}
        className="day"
        tabIndex={bookable ? (date === active ? 0 : -1) : undefined}
        aria-selected={bookable ? value === date : undefined}
        aria-disabled={bookable ? undefined : true}
        aria-current={date === today ? 'date' : undefined}
        data-date={date}
        data-available={summary ? summary.available : undefined}
        onClick={bookable ? () => (setFocused(date), onChange(date)) : undefined}
      >
        <span aria-hidden="true">{Number(date.slice(8, 10))}</span>
        <span className="visually-hidden">{name}</span>
      </td>
    )
  }
}
