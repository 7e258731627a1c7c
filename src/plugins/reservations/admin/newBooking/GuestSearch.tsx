'use client'

import { useEffect, useId, useState } from 'react'

import { useStaffQuery } from '../../../../infrastructure/client/staffQueries'
import { useWords } from '../useWords'
import { TOUCH, type GuestMatch } from './types'

const DEBOUNCE_MS = 250
const MIN_CHARS = 2

/** The value once the host has stopped typing for a moment: one request per pause, not per key. */
function useDebounced(value: string, ms: number): string {
  const [settled, setSettled] = useState(value)
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms)
    return () => clearTimeout(timer)
  }, [value, ms])
  return settled
}

/** One guest as the host recognises them: name, number, and what matters at the table. */
export function GuestSummary({ guest }: { guest: GuestMatch }) {
  const { t, count } = useWords()
  return (
    <span style={{ display: 'grid', gap: 2, textAlign: 'start' }}>
      <strong>{guest.name}</strong>
      <span>{[guest.phone, guest.email].filter(Boolean).join(' · ')}</span>
      <span>
        {count('reservations:newBooking:visits', guest.visitCount ?? 0)} · {count('reservations:newBooking:noShows', guest.noShowCount ?? 0)}
      </span>
      {guest.allergies ? <span style={{ color: 'var(--theme-error-600)' }}>⚠ {t('reservations:newBooking:allergies', { allergies: guest.allergies })}</span> : null}
      {guest.notes ? <span>{t('reservations:newBooking:notes', { notes: guest.notes })}</span> : null}
    </span>
  )
}

/** The search as you type over this restaurant's guests; `onTyped` keeps what was typed for a new guest. */
export function GuestSearch({ slug, onPick, onTyped }: { slug: string; onPick: (guest: GuestMatch) => void; onTyped: (text: string) => void }) {
  const { t } = useWords()
  const id = useId()
  const [text, setText] = useState('')
  const settled = useDebounced(text.trim(), DEBOUNCE_MS)
  const url = settled.length >= MIN_CHARS ? `/api/restaurants/${slug}/guests?q=${encodeURIComponent(settled)}` : null
  const { data, isFetching } = useStaffQuery<{ guests: GuestMatch[] }>(url, { refetchIntervalMs: false })
  const guests = url ? (data?.guests ?? []) : []

  return (
    <div style={{ display: 'grid', gap: '.5rem' }}>
      <label htmlFor={`${id}-q`}>{t('reservations:newBooking:search')}</label>
      <input
        id={`${id}-q`}
        type="search"
        autoComplete="off"
        aria-describedby={`${id}-hint`}
        value={text}
        style={{ ...TOUCH, width: '100%', fontSize: '1rem', padding: '0 .5rem' }}
        onChange={(e) => {
          setText(e.target.value)
          onTyped(e.target.value)
        }}
      />
      <span id={`${id}-hint`} style={{ fontSize: '.85rem' }}>
        {t('reservations:newBooking:searchHint')}
      </span>
      <div aria-live="polite">
        {url && isFetching && !data ? <span>{t('reservations:newBooking:searching')}</span> : null}
        {url && data && guests.length === 0 ? <span>{t('reservations:newBooking:noMatch')}</span> : null}
      </div>
      {guests.length > 0 ? (
        <ul style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: '.25rem' }} data-testid="guest-matches">
          {guests.map((guest) => (
            <li key={guest.id}>
              <button
                type="button"
                onClick={() => onPick(guest)}
                style={{ ...TOUCH, width: '100%', padding: '.5rem .75rem', border: '1px solid var(--theme-elevation-250)', borderRadius: 4, background: 'var(--theme-elevation-50)', color: 'inherit', cursor: 'pointer' }}
              >
                <GuestSummary guest={guest} />
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  )
}
