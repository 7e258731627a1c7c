'use client'

import { useState } from 'react'

import { refusalOf, withLocale } from '@/components/booking/refusal'
import { useHydrated } from '@/components/useHydrated'
import type { Locale } from '@/i18n/config'
import { messagesFor } from '@/i18n/messages'

/**
 * One button that stops feedback emails for this guest. A button, not the link itself: mail
 * scanners open every link in an email, and must not opt the guest out on their own.
 */
export function FeedbackOptOut({ locale, token }: { locale: Locale; token: string }) {
  const t = messagesFor(locale).feedback
  const hydrated = useHydrated()
  const [state, setState] = useState<'idle' | 'busy' | 'done'>('idle')
  const [error, setError] = useState('')

  async function optOut() {
    setState('busy')
    try {
      const res = await fetch(withLocale(`/api/feedback/by-token/${token}/opt-out`, locale), { method: 'POST' })
      if (res.ok) return setState('done')
      setError(refusalOf(await res.json().catch(() => null), locale).text)
    } catch {
      setError(refusalOf(null, locale).text)
    }
    setState('idle')
  }

  if (state === 'done') {
    return (
      <p role="status" className="notice" data-testid="feedback-opted-out">
        {t.optOutDone}
      </p>
    )
  }
  return (
    <>
      <button className="button" type="button" disabled={!hydrated || state === 'busy'} onClick={optOut}>
        {t.optOutButton}
      </button>
      <p role="alert" className="error">
        {error}
      </p>
    </>
  )
}
