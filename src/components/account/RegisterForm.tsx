'use client'

import { useState, type FormEvent } from 'react'

import { errorMessage } from '@/domain/errors'
import { accountMessagesFor } from '@/i18n/account'
import type { Locale } from '@/i18n/config'

import { Field, formValues } from './Field'
import { sendJson } from './sendJson'
import { useHydrated } from '../useHydrated'

export function RegisterForm({ locale, next }: { locale: Locale; next?: string | null }) {
  const t = accountMessagesFor(locale)
  const hydrated = useHydrated()
  const [state, setState] = useState<'idle' | 'busy' | 'done'>('idle')
  const [error, setError] = useState('')

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    setState('busy')
    setError('')
    const res = await sendJson('/api/customers/register', 'POST', { ...formValues(event.currentTarget), locale, ...(next ? { next } : {}) })
    if (res.ok) return setState('done')
    setState('idle')
    setError(res.json?.errors?.map((e) => errorMessage(e.code, locale, e.params)).join(' ') || t.failed)
  }

  if (state === 'done') return <p role="status" className="notice">{t.checkEmail}</p>
  return (
    <form method="post" onSubmit={submit}>
      <Field id="diner-name" name="name" label={t.name} type="text" autoComplete="name" />
      <Field id="diner-email" name="email" label={t.email} type="email" autoComplete="email" />
      <Field id="diner-password" name="password" label={t.password} type="password" autoComplete="new-password" minLength={10} hint={t.passwordHint} />
      <p role="alert" className="error">
        {error}
      </p>
      <button className="button" type="submit" disabled={!hydrated || state === 'busy'}>
        {t.register}
      </button>
    </form>
  )
}
