'use client'

import { useEffect, useRef, useState } from 'react'

import { addLocalMonths } from '@/domain/availability/localTime'
import { monthRange, type BookingWindow } from '@/domain/calendar/monthGrid'

import type { DaySummary } from './types'

/** A month's day summaries the server computed with the page, for the party size it was asked for. */
export interface MonthDays {
  party: number
  month: string
  days: DaySummary[]
}

type Loaded = Record<string, DaySummary[] | 'error'>

const keyOf = (party: number, month: string) => `${party}:${month}`

/**
 * The shown month's days from the availability endpoint's `from`/`to` form (one month a call, well
 * under its 92 days), and the next month fetched behind it so paging forward shows at once.
 * `refresh` forgets every month: a time was taken meanwhile, the marks may be stale.
 */
export function useMonthDays(slug: string, party: number, month: string, window: BookingWindow, initial: MonthDays | undefined, refresh = 0) {
  const [loaded, setLoaded] = useState<Loaded>(() => (initial ? { [keyOf(initial.party, initial.month)]: initial.days } : {}))
  const asked = useRef(new Set(Object.keys(loaded)))
  const seenRefresh = useRef(refresh)

  useEffect(() => {
    if (seenRefresh.current !== refresh) {
      seenRefresh.current = refresh
      asked.current.clear()
    }
    for (const m of [month, addLocalMonths(month, 1)]) {
      const range = monthRange(m, window)
      const key = keyOf(party, m)
      if (!range || asked.current.has(key)) continue
      asked.current.add(key)
      fetch(`/api/restaurants/${slug}/availability?from=${range.from}&to=${range.to}&party=${party}`, { headers: { Accept: 'application/json' } })
        .then(async (res) => {
          if (!res.ok) throw new Error(String(res.status))
          const { days } = (await res.json()) as { days: DaySummary[] }
          setLoaded((all) => ({ ...all, [key]: days }))
        })
        .catch(() => {
          // Asked again when the diner comes back to this month.
          asked.current.delete(key)
          setLoaded((all) => ({ ...all, [key]: 'error' }))
        })
    }
  }, [slug, party, month, window, refresh])

  const current = loaded[keyOf(party, month)]
  return { days: Array.isArray(current) ? current : null, error: current === 'error' }
}
