'use client'

import { Button } from '@payloadcms/ui'
import { useState } from 'react'

import { addLocalDays, addLocalMonths, isoWeekdayOf, startOfLocalMonth, todayIn } from '../../../domain/availability/localTime'
import { CoversCalendar, type CalendarRange } from './CoversCalendar'
import { DayTimeline } from './DayTimeline'
import { useNewBookingDrawer } from './newBooking/NewBookingButton'
import { RestaurantPicker } from './RestaurantPicker'
import type { StaffRestaurant } from './StaffView'
import { useWords } from './useWords'

export type CalendarMode = 'day' | 'week' | 'month'

/** The days a view covers: its own day, the Monday-to-Sunday week, or the month. */
export function rangeOf(mode: CalendarMode, date: string): CalendarRange {
  if (mode === 'day') return { from: date, to: date }
  if (mode === 'week') {
    const from = addLocalDays(date, 1 - isoWeekdayOf(date))
    return { from, to: addLocalDays(from, 6) }
  }
  const from = startOfLocalMonth(date)
  return { from, to: addLocalDays(addLocalMonths(from, 1), -1) }
}

function step(mode: CalendarMode, date: string, direction: 1 | -1): string {
  if (mode === 'day') return addLocalDays(date, direction)
  if (mode === 'week') return addLocalDays(date, 7 * direction)
  return addLocalMonths(date, direction)
}

/** The reservation calendar: one restaurant, a day by table, or a week or month of covers per service. */
export function ReservationCalendar({
  restaurants,
  initialRestaurant,
  initialDate,
  initialMode,
}: {
  restaurants: StaffRestaurant[]
  initialRestaurant: string | null
  initialDate: string | null
  initialMode: CalendarMode
}) {
  const { t } = useWords()
  const [slug, setSlug] = useState(initialRestaurant ?? restaurants[0]?.slug ?? '')
  const today = todayIn(restaurants.find((r) => r.slug === slug)?.timeZone ?? 'UTC')
  const [date, setDate] = useState(initialDate ?? today)
  const [mode, setMode] = useState<CalendarMode>(initialMode)
  const [name, setName] = useState('')
  const manager = restaurants.find((r) => r.slug === slug)?.manager ?? false
  const newBooking = useNewBookingDrawer(slug, date)

  return (
    <div className="staff-view">
      <header className="staff-view__header">
        <h1>
          {t(`reservations:calendar:${mode}`)}
          {name ? ` — ${name}` : ''}
        </h1>
        <div className="staff-view__tools">
          <RestaurantPicker restaurants={restaurants} value={slug} label={t('reservations:common:restaurant')} onChange={setSlug} />
          <div role="group" aria-label={t('reservations:calendar:view')} className="staff-view__tools">
            {(['day', 'week', 'month'] as const).map((m) => (
              <Button key={m} buttonStyle={m === mode ? 'primary' : 'secondary'} size="small" margin={false} aria-pressed={m === mode} onClick={() => setMode(m)}>
                {t(`reservations:calendar:${m}`)}
              </Button>
            ))}
          </div>
          <Button buttonStyle="subtle" size="small" margin={false} aria-label={t('reservations:calendar:previous')} onClick={() => setDate(step(mode, date, -1))}>
            ‹
          </Button>
          <label className="staff-view__label">
            {t('reservations:calendar:date')} <input type="date" value={date} onChange={(e) => e.target.value && setDate(e.target.value)} />
          </label>
          <Button buttonStyle="subtle" size="small" margin={false} aria-label={t('reservations:calendar:next')} onClick={() => setDate(step(mode, date, 1))}>
            ›
          </Button>
          <Button buttonStyle="secondary" size="small" margin={false} onClick={() => setDate(today)}>
            {t('reservations:calendar:today')}
          </Button>
          <Button buttonStyle="primary" size="small" margin={false} onClick={() => newBooking.open({ date })}>
            {t('reservations:newBooking:open')}
          </Button>
        </div>
      </header>
      {newBooking.element}
      {/* On the day timeline, a tap on an empty cell opens the drawer on that table and time. */}
      {mode === 'day' ? (
        <DayTimeline slug={slug} date={date} canOverride={manager} onLoaded={setName} onEmptySlot={(tableId, time) => newBooking.open({ date, tableId, time })} />
      ) : (
        <CoversCalendar
          slug={slug}
          range={rangeOf(mode, date)}
          onLoaded={setName}
          onPickDay={(day) => {
            setDate(day)
            setMode('day')
          }}
        />
      )}
    </div>
  )
}
