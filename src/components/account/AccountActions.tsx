'use client'

import { useRouter } from 'next/navigation'
import { useState, type FormEvent } from 'react'

import { accountMessagesFor } from '@/i18n/account'
import type { Locale } from '@/i18n/config'

import { sendJson } from './sendJson'
import { useHydrated } from '../useHydrated'

export function SignOutButton({ locale }: { locale: Locale }) {
  const t = accountMessagesFor(locale)
  const router = useRouter()
  const hydrated = useHydrated()
  return (
    <button
      className="button button--secondary"
      type="button"
      disabled={!hydrated}
      onClick={async () => {
        await sendJson('/api/customers/logout', 'POST')
        router.push(`/${locale}/account/sign-in`)
      }}
    >
      {t.signOut}
    </button>
  )
}

/** Deleting needs a ticked confirmation: the server refuses without it too. */
export function DeleteAccountForm({ locale }: { locale: Locale }) {
  const t = accountMessagesFor(locale)
  const router = useRouter()
  const hydrated = useHydrated()
  const [confirmed, setConfirmed] = useState(false)
  const [state, setState] = useState<'idle' | 'busy' | 'done' | 'failed'>('idle')

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (!confirmed) return
    setState('busy')
    const res = await sendJson('/api/customers/account', 'DELETE', { confirm: true })
    setState(res.ok ? 'done' : 'failed')
    if (res.ok) router.push(`/${locale}`)
  }

  if (state === 'done') return <p role="status" className="notice">{t.deleted}</p>
  return (
    <form onSubmit={submit} aria-labelledby="delete-account-title">
      <p>{t.deleteText}</p>
      <div className="field field--check">
        <input id="delete-confirm" type="checkbox" disabled={!hydrated} checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} />
        <label htmlFor="delete-confirm">{t.deleteConfirm}</label>
      </div>
      {state === 'failed' ? (
        <p role="alert" className="error">
          {t.failed}
        </p>
      ) : null}
      <button className="button button--danger" type="submit" disabled={!confirmed || state === 'busy'}>
        {t.delete}
      </button>
    </form>
  )
}
