'use client'

import { useState } from 'react'

import type { Locale } from '@/i18n/config'
import { messagesFor } from '@/i18n/messages'

import { refusalOf, withLocale } from './refusal'
import type { ApiErrors } from './types'
import type { Details } from './wizardState'

/** Offered when a day is full: the diner leaves a window and their details; staff and offers take it from there. */
export function WaitlistForm({
  locale,
  slug,
  date,
  party,
  details,
  onJoined,
}: {
  locale: Locale
  slug: string
  date: string
  party: number
  details: Details
  /** counted in the booking funnel */
  onJoined?: () => void
}) {
  const t = messagesFor(locale).wizard
  const [from, setFrom] = useState('19:00')
  const [until, setUntil] = useState('21:00')
  const [name, setName] = useState(details.name)
  const [email, setEmail] = useState(details.email)
  const [state, setState] = useState<'idle' | 'sending' | 'done' | 'error'>('idle')
  const [message, setMessage] = useState('')

  async function join(event: React.FormEvent) {
    event.preventDefault()
    setState('sending')
    const res = await fetch(withLocale('/api/waitlist/join', locale), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ restaurant: slug, date, windowStart: from, windowEnd: until, partySize: party, locale, guest: { name, email } }),
    }).catch(() => null)
    if (res?.status === 201) {
      onJoined?.()
      return setState('done')
    }
    const body = (await res?.json().catch(() => null)) as ApiErrors | null
    setMessage(body?.errors?.length ? refusalOf(body, locale).text : t.error)
    setState('error')
  }

  if (state === 'done') return <p role="status" className="notice">{t.waitlistDone}</p>
  return (
    <form className="card waitlist" onSubmit={join} aria-labelledby="waitlist-title">
      <h3 id="waitlist-title">{t.waitlistTitle}</h3>
      <p>{t.waitlistText}</p>
      <div className="row">
        <div className="field">
          <label htmlFor="wl-from">{t.waitlistFrom}</label>
          <input id="wl-from" type="time" step={900} value={from} onChange={(e) => setFrom(e.target.value)} required />
        </div>
        <div className="field">
          <label htmlFor="wl-until">{t.waitlistUntil}</label>
          <input id="wl-until" type="time" step={900} value={until} onChange={(e) => setUntil(e.target.value)} required />
        </div>
      </div>
      <div className="field">
        <label htmlFor="wl-name">{t.name}</label>
        <input id="wl-name" autoComplete="name" value={name} onChange={(e) => setName(e.target.value)} required />
      </div>
      <div className="field">
        <label htmlFor="wl-email">{t.email}</label>
        <input id="wl-email" type="email" autoComplete="email" value={email} onChange={(e) => setEmail(e.target.value)} required />
      </div>
      {state === 'error' ? <p role="alert" className="error">{message}</p> : null}
      <button className="button button--secondary" type="submit" disabled={state === 'sending'}>
        {t.waitlistJoin}
      </button>
    </form>
  )
}
