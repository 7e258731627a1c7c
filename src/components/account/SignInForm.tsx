'use client'

import { useRouter } from 'next/navigation'
import { useState, type FormEvent } from 'react'

import { accountMessagesFor } from '@/i18n/account'
import type { Locale } from '@/i18n/config'

import { Field } from './Field'
import { sendJson } from './sendJson'

export function SignInForm({ locale }: { locale: Locale }) {
  const t = accountMessagesFor(locale)
  const router = useRouter()
  const [email, setEmail] = useState('')
  const [password, setPassword] = useState('')
  const [error, setError] = useState('')
  const [busy, setBusy] = useState(false)

  async function submit(event: FormEvent) {
    event.preventDefault()
    setBusy(true)
    setError('')
    const res = await sendJson('/api/customers/login', 'POST', { email, password })
    if (res.ok) {
      router.push(`/${locale}/account`)
      return
    }
    setBusy(false)
    setError(res.status === 401 || res.status === 422 ? t.wrongPassword : res.status === 403 ? t.unverified : res.status === 423 ? t.locked : t.failed)
  }

  return (
    <form onSubmit={submit} noValidate={false}>
      <Field id="diner-email" label={t.email} type="email" autoComplete="email" value={email} onChange={setEmail} />
      <Field id="diner-password" label={t.password} type="password" autoComplete="current-password" value={password} onChange={setPassword} />
      <p role="alert" className="error">
        {error}
      </p>
      <button className="button" type="submit" disabled={busy}>
        {busy ? t.signingIn : t.signIn}
      </button>
    </form>
  )
}
