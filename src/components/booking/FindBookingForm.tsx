'use client'

import { useState, type FormEvent } from 'react'

import { formValues } from '@/components/account/Field'
import { apiFieldErrors, issuesAsFieldErrors, type FieldErrors } from '@/components/forms/fieldErrors'
import { TextField } from '@/components/forms/TextField'
import { useHydrated } from '@/components/useHydrated'
import { findBookingSchema } from '@/domain/schemas/diner'
import type { Locale } from '@/i18n/config'
import { messagesFor } from '@/i18n/messages'

import { withLocale } from './refusal'

/**
 * "Find my booking": reference and email, checked with the endpoint's own schema. The answer is the
 * same whether or not they matched; only the booking's inbox learns which.
 */
export function FindBookingForm({ locale }: { locale: Locale }) {
  const t = messagesFor(locale).findBooking
  const hydrated = useHydrated()
  const [errors, setErrors] = useState<FieldErrors>({})
  const [state, setState] = useState<'idle' | 'busy' | 'done'>('idle')

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const parsed = findBookingSchema.safeParse({ ...formValues(event.currentTarget), locale })
    if (!parsed.success) return setErrors(issuesAsFieldErrors(parsed.error.issues, locale))
    setErrors({})
    setState('busy')
    try {
      const res = await fetch(withLocale('/api/reservations/find', locale), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(parsed.data) })
      if (res.ok) return setState('done')
      setErrors(apiFieldErrors(await res.json().catch(() => null), locale))
    } catch {
      setErrors(apiFieldErrors(null, locale))
    }
    setState('idle')
  }

  if (state === 'done') {
    return (
      <p role="status" className="notice" data-testid="find-booking-done">
        {t.done}
      </p>
    )
  }
  return (
    <form method="post" onSubmit={submit} noValidate>
      <TextField id="find-reference" name="reference" label={t.reference} hint={t.referenceHint} error={errors.reference} autoComplete="off" autoCapitalize="characters" required />
      <TextField id="find-email" name="email" label={t.email} type="email" autoComplete="email" error={errors.email} required />
      <p role="alert" className="error">
        {errors[''] ?? ''}
      </p>
      <button className="button" type="submit" disabled={!hydrated || state === 'busy'}>
        {state === 'busy' ? t.sending : t.submit}
      </button>
    </form>
  )
}
