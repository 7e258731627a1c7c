'use client'

import { useState, type FormEvent } from 'react'

import { errorMessage } from '@/domain/errors'
import { accountMessagesFor } from '@/i18n/account'
import type { Locale } from '@/i18n/config'

import { Field, formValues } from './Field'
import { sendJson } from './sendJson'
import { useHydrated } from '../useHydrated'

/** Asks for a reset link; answers the same whether or not the address has an account. */
export function ForgotPasswordForm({ locale }: { locale: Locale }) {
  const t = accountMessagesFor(locale)
  const hydrated = useHydrated()
  const [done, setDone] = useState(false)
  const [error, setError] = useState('')

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const res = await sendJson('/api/customers/forgot-password', 'POST', { ...formValues(event.currentTarget), locale })
    if (res.ok) setDone(true)
    else setError(t.failed)
  }

  if (done) return <p role="status" className="notice">{t.checkEmail}</p>
  return (
    <form method="post" onSubmit={submit}>
      <Field id="diner-email" name="email" label={t.email} type="email" autoComplete="email" />
      <p role="alert" className="error">
        {error}
      </p>
      <button className="button" type="submit" disabled={!hydrated}>
        {t.send}
      </button>
    </form>
  )
}

export function ResetPasswordForm({ locale, token }: { locale: Locale; token: string }) {
  const t = accountMessagesFor(locale)
  const hydrated = useHydrated()
  const [done, setDone] = useState(false)
  const [error, setError] = useState('')

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const res = await sendJson('/api/customers/reset-password', 'POST', { ...formValues(event.currentTarget), token })
    if (res.ok) setDone(true)
    else setError(res.json?.errors?.map((e) => errorMessage(e.code, locale, e.params)).join(' ') || t.failed)
  }

  if (done)
    return (
      <p role="status" className="notice">
        {t.resetDone} <a href={`/${locale}/account/sign-in`}>{t.signIn}</a>
      </p>
    )
  return (
    <form method="post" onSubmit={submit}>
      <Field id="diner-password" name="password" label={t.newPassword} type="password" autoComplete="new-password" minLength={10} hint={t.passwordHint} />
      <p role="alert" className="error">
        {error}
      </p>
      <button className="button" type="submit" disabled={!hydrated}>
        {t.save}
      </button>
    </form>
  )
}
