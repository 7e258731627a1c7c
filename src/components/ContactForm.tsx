'use client'

import { useEffect, useRef, useState } from 'react'

import { formTrapAfterMinimum } from '@/components/formTiming'
import { Honeypot } from '@/components/Honeypot'
import { errorMessage } from '@/domain/errors'
import type { Locale } from '@/i18n/config'
import { messagesFor } from '@/i18n/messages'

/** Stores a contact-message through Payload's REST API (anonymous create is allowed, nothing else). */
export function ContactForm({ locale, restaurantId }: { locale: Locale; restaurantId: number }) {
  const t = messagesFor(locale).contact
  const [state, setState] = useState<'idle' | 'sending' | 'sent' | 'error'>('idle')
  const [error, setError] = useState('')
  // When the form became usable: the server's time trap (src/domain/forms/trap.ts).
  const shownAt = useRef(0)
  useEffect(() => {
    shownAt.current = Date.now()
  }, [])

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const { website, ...typed } = Object.fromEntries(new FormData(event.currentTarget).entries())
    setState('sending')
    const form = await formTrapAfterMinimum(shownAt.current, String(website ?? ''))
    const res = await fetch('/api/contact-messages', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ ...typed, restaurant: restaurantId, locale, form }),
    }).catch(() => null)
    if (res?.status === 201) return setState('sent')
    const body = (await res?.json().catch(() => null)) as { errors?: Array<{ data?: { code?: string; errors?: Array<{ path: string; code?: string }> } }> } | null
    // A refusal of the whole form (the honeypot or the time trap) has a code and no field.
    const code = body?.errors?.[0]?.data?.code
    if (code) {
      setError(errorMessage(code, locale))
      return setState('error')
    }
    // The fields Payload refused, in the page's words: its own messages follow the request's language.
    const fields = body?.errors?.[0]?.data?.errors ?? []
    const label = (path: string) => (path === 'name' || path === 'email' || path === 'phone' || path === 'message' ? t[path] : path)
    const reason = (field: { path: string; code?: string }) => errorMessage(field.code ?? (field.path === 'email' ? 'invalid_email' : 'invalid'), locale)
    setError(fields.length ? fields.map((field) => `${label(field.path)} — ${reason(field)}`).join(' ') : t.failed)
    setState('error')
  }

  if (state === 'sent') return <p className="notice" role="status">{t.sent}</p>
  return (
    <form onSubmit={submit} className="card" aria-labelledby="contact-form-title">
      <h2 id="contact-form-title">{t.formTitle}</h2>
      <div className="field">
        <label htmlFor="c-name">{t.name}</label>
        <input id="c-name" name="name" autoComplete="name" required maxLength={120} />
      </div>
      <div className="field">
        <label htmlFor="c-email">{t.email}</label>
        <input id="c-email" name="email" type="email" autoComplete="email" required />
      </div>
      <div className="field">
        <label htmlFor="c-phone">{t.phone}</label>
        <input id="c-phone" name="phone" type="tel" autoComplete="tel" maxLength={32} />
      </div>
      <div className="field">
        <label htmlFor="c-subject">{t.subject}</label>
        <input id="c-subject" name="subject" required maxLength={160} />
      </div>
      <div className="field">
        <label htmlFor="c-message">{t.message}</label>
        <textarea id="c-message" name="message" rows={5} required minLength={10} maxLength={5000} />
      </div>
      <Honeypot locale={locale} id="c-website" />
      {state === 'error' ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
      <button className="button" type="submit" disabled={state === 'sending'}>
        {state === 'sending' ? t.sending : t.send}
      </button>
    </form>
  )
}
