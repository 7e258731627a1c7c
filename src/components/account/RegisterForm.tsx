'use client'

import { useState, type FormEvent } from 'react'

import { accountMessagesFor } from '@/i18n/account'
import type { Locale } from '@/i18n/config'

import { Field } from './Field'
import { sendJson } from './sendJson'

export function RegisterForm({ locale }: { locale: Locale }) {
  const t = accountMessagesFor(locale)
  const [form, setForm] = useState({ name: '', email: '', password: '' })
  const [state, setState] = useState<'idle' | 'busy' | 'done'>('idle')
  const [error, setError] = useState('')
  const set = (key: keyof typeof form) => (value: string) => setForm((f) => ({ ...f, [key]: value }))

  async function submit(event: FormEvent) {
    event.preventDefault()
    setState('busy')
    setError('')
    const res = await sendJson('/api/customers/register', 'POST', { ...form, locale })
    if (res.ok) return setState('done')
    setState('idle')
    setError(res.json?.errors?.map((e) => e.message).join(' ') || t.failed)
  }

  if (state === 'done') return <p role="status" className="notice">{t.checkEmail}</p>
  return (
    <form onSubmit={submit}>
      <Field id="diner-name" label={t.name} type="text" autoComplete="name" value={form.name} onChange={set('name')} />
      <Field id="diner-email" label={t.email} type="email" autoComplete="email" value={form.email} onChange={set('email')} />
      <Field id="diner-password" label={t.password} type="password" autoComplete="new-password" minLength={10} hint={t.passwordHint} value={form.password} onChange={set('password')} />
      <p role="alert" className="error">
        {error}
      </p>
      <button className="button" type="submit" disabled={state === 'busy'}>
        {t.register}
      </button>
    </form>
  )
}
