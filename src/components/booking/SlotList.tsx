'use client'

import { useEffect } from 'react'

import type { Locale } from '@/i18n/config'
import { messagesFor } from '@/i18n/messages'

import type { ApiSlot } from './types'
import { useJson } from '../../infrastructure/client/useJson'

/** The bookable times of a day, grouped by service; a taken time is simply not offered. */
export function SlotList(props: {
  locale: Locale
  slug: string
  date: string | null
  party: number
  value: string | null
  refresh: number
  onChange: (slot: ApiSlot) => void
  onFull?: (full: boolean) => void
}) {
  const { locale, slug, date, party, value, refresh, onChange, onFull } = props
  const t = messagesFor(locale).wizard
  const { data, loading, error } = useJson<{ slots: ApiSlot[] }>(date ? `/api/restaurants/${slug}/availability?date=${date}&party=${party}&locale=${locale}` : null, refresh)
  const available = (data?.slots ?? []).filter((s) => s.available)
  const full = Boolean(date && data) && available.length === 0
  useEffect(() => onFull?.(full), [full, onFull])
  if (!date) return <p className="hint">{t.chooseDate}</p>
  if (loading && !data) return <p className="hint" role="status">{t.loading}</p>
  if (error) return <p role="alert">{t.error}</p>
  if (data && available.length === 0) return <p role="status">{t.noSlots}</p>
  const services = [...new Set(available.map((s) => s.service))]
  return (
    <fieldset className="field">
      <legend>{t.time}</legend>
      {services.map((service) => (
        <div key={service} className="slot-group">
          <p className="slot-group__title">{service}</p>
          <ul className="slots" role="list">
            {available
              .filter((s) => s.service === service)
              .map((slot) => (
                <li key={slot.startsAt}>
                  <button type="button" className="slot" aria-pressed={value === slot.startsAt} onClick={() => onChange(slot)}>
                    {slot.time}
                  </button>
                </li>
              ))}
          </ul>
        </div>
      ))}
    </fieldset>
  )
}
