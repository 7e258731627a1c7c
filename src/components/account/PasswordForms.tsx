'use client'

import { useState, type FormEvent } from 'react'

import { accountMessagesFor } from '@/i18n/account'
import type { Locale } from '@/i18n/config'

import { Field } from './Field'
import { sendJson } from './sendJson'

/** Asks for a reset link; answers the same whether or not the address has an account. */
export function ForgotPasswordForm({ locale }: { locale: Locale }) {
  const t = accountMessagesFor(locale)
  const [email, setEmail] = useState('')
  const [done, setDone] = useState(false)
  const [error, setError] = useState('')

  async function submit(event: FormEvent) {
    event.preventDefault()
    const res = await sendJson('/api/customers/forgot-password', 'POST', { email, locale })
    if (res.ok) setDone(true)
    else setError(t.failed)
  }

  if (done) return <p role="status" className="notice">{t.checkEmail}</p>
  return (
    <form onSubmit={submit}>
      <Field id="diner-email" label={t.email} type="email" autoComplete="email" value={email} onChange={setEmail} />
      <p role="alert" className="error">
        {error}
      </p>
      <button className="button" type="submit">
        {t.send}
      </button>
    </form>
  )
}

export function ResetPasswordForm({ locale, token }: { locale: Locale; token: string }) {
  const t = accountMessagesFor(locale)
  const [password, setPassword] = useState('')
  const [done, setDone] = useState(false)
  const [error, setError] = useState('')

  async function submit(event: FormEvent) {
    event.preventDefault()
    const res = await sendJson('/api/customers/reset-password', 'POST', { token, password })
    if (res.ok) setDone(true)
    else setError(res.json?.errors?.map((e) => e.message).join(' ') || t.failed)
  }

  if (done)
    return (
      <p role="status" className="notice">
        {t.resetDone} <a href={`/${locale}/account/sign-in`}>{t.signIn}</a>
      </p>
    )
  return (
    <form onSubmit={submit}>
      <Field id="diner-password" label={t.newPassword} type="password" autoComplete="new-password" minLength={10} hint={t.passwordHint} value={password} onChange={setPassword} />
      <p role="alert" className="error">
        {error}
      </p>
      <button className="button" type="submit">
        {t.save}
      </button>
    </form>
  )
}
