'use client'

import { useRouter } from 'next/navigation'
import { useState, type FormEvent } from 'react'

import { accountMessagesFor } from '@/i18n/account'
import type { Locale } from '@/i18n/config'

import { Field, formValues } from './Field'
import { sendJson } from './sendJson'
import { useHydrated } from '../useHydrated'

/** `next`: the page to return to, already checked to be a path of this site (safeReturnPath). */
export function SignInForm({ locale, next }: { locale: Locale; next?: string | null }) {
  const t = accountMessagesFor(locale)
  const router = useRouter()
  const hydrated = useHydrated()
  const [error, setError] = useState('')
  const [busy, setBusy] = useState(false)

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    setBusy(true)
    setError('')
    const res = await sendJson('/api/customers/login', 'POST', formValues(event.currentTarget))
    if (res.ok) {
      router.push(next ?? `/${locale}/account`)
      return
    }
    setBusy(false)
    setError(res.status === 401 || res.status === 422 ? t.wrongPassword : res.status === 403 ? t.unverified : res.status === 423 ? t.locked : t.failed)
  }

  return (
    <form method="post" onSubmit={submit}>
      <Field id="diner-email" name="email" label={t.email} type="email" autoComplete="email" />
      <Field id="diner-password" name="password" label={t.password} type="password" autoComplete="current-password" />
      <p role="alert" className="error">
        {error}
      </p>
      <button className="button" type="submit" disabled={!hydrated || busy}>
        {busy ? t.signingIn : t.signIn}
      </button>
    </form>
  )
}
