'use client'

import { useState, type FormEvent } from 'react'

import { formValues } from '@/components/account/Field'
import { apiFieldErrors, issuesAsFieldErrors, type FieldErrors } from '@/components/forms/fieldErrors'
import { TextField } from '@/components/forms/TextField'
import { useHydrated } from '@/components/useHydrated'
import { emailChangeSchema, guestDetailsSchema } from '@/domain/schemas/diner'
import type { Locale } from '@/i18n/config'
import { messagesFor } from '@/i18n/messages'
import type { GuestView } from '@/plugins/reservations'

import { refusalOf, withLocale } from './refusal'

type Mode = 'view' | 'details' | 'email'
type Notice = { text: string; alert: boolean } | null

async function call(url: string, method: 'PATCH' | 'POST', body: unknown) {
  const res = await fetch(url, { method, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) })
  return { ok: res.ok, json: await res.json().catch(() => null) }
}

/**
 * The guest's details on their booking: correct the name or phone at once; a new email address
 * only once the link sent to it is opened (`changeToken`, from that link, shows the confirmation).
 */
export function ManageContact({
  locale,
  token,
  view,
  onChange,
  changeToken,
}: {
  locale: Locale
  token: string
  view: GuestView
  onChange: (view: GuestView) => void
  changeToken?: string
}) {
  const m = messagesFor(locale).manage
  const hydrated = useHydrated()
  const [mode, setMode] = useState<Mode>('view')
  const [errors, setErrors] = useState<FieldErrors>({})
  const [notice, setNotice] = useState<Notice>(null)
  const [busy, setBusy] = useState(false)
  const [pendingToken, setPendingToken] = useState(changeToken)
  const base = `/api/reservations/manage/${token}`

  async function send(path: string, method: 'PATCH' | 'POST', body: unknown, done: (json: unknown) => string) {
    setBusy(true)
    setNotice(null)
    try {
      const { ok, json } = await call(withLocale(`${base}${path}`, locale), method, body)
      if (ok) {
        setErrors({})
        setMode('view')
        setNotice({ text: done(json), alert: false })
      } else {
        const fieldErrors = apiFieldErrors(json, locale)
        setErrors(fieldErrors)
        if (fieldErrors['']) setNotice({ text: fieldErrors[''], alert: true })
      }
    } catch {
      setNotice({ text: refusalOf(null, locale).text, alert: true })
    } finally {
      setBusy(false)
    }
  }

  function submitDetails(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const parsed = guestDetailsSchema.safeParse(formValues(event.currentTarget))
    if (!parsed.success) return setErrors(issuesAsFieldErrors(parsed.error.issues, locale))
    return send('/guest', 'PATCH', { name: parsed.data.name, phone: parsed.data.phone ?? '' }, (json) => (onChange(json as GuestView), m.detailsSaved))
  }

  function submitEmail(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const parsed = emailChangeSchema.safeParse(formValues(event.currentTarget))
    if (!parsed.success) return setErrors(issuesAsFieldErrors(parsed.error.issues, locale))
    return send('/email', 'POST', parsed.data, () => m.emailPending(parsed.data.email))
  }

  async function confirm() {
    setBusy(true)
    setNotice(null)
    try {
      const { ok, json } = await call(withLocale(`${base}/email/confirm`, locale), 'POST', { token: pendingToken })
      if (ok) onChange(json as GuestView)
      setNotice(ok ? { text: m.emailChanged, alert: false } : { text: refusalOf(json, locale).text, alert: true })
      setPendingToken(undefined)
      // The link is spent either way: a reload shows the booking, not the confirmation again.
      window.history.replaceState(null, '', window.location.pathname)
    } catch {
      setNotice({ text: refusalOf(null, locale).text, alert: true })
    } finally {
      setBusy(false)
    }
  }

  const cancel = () => (setMode('view'), setErrors({}))

  return (
    <section aria-labelledby="details-title">
      <h2 id="details-title">{m.detailsTitle}</h2>
      {notice ? (
        <p className={notice.alert ? 'notice notice--warning' : 'notice'} role={notice.alert ? 'alert' : 'status'}>
          {notice.text}
        </p>
      ) : null}
      {pendingToken ? (
        <div className="card">
          <h3>{m.confirmEmailTitle}</h3>
          <p>{m.confirmEmailText}</p>
          <button type="button" className="button" disabled={busy || !hydrated} onClick={confirm}>
            {m.confirmEmail}
          </button>
        </div>
      ) : null}
      <dl className="summary">
        <dt>{m.name}</dt>
        <dd data-testid="guest-name">{view.guestName}</dd>
        <dt>{m.email}</dt>
        <dd data-testid="guest-email">{view.guestEmail ?? m.none}</dd>
        <dt>{m.phone}</dt>
        <dd data-testid="guest-phone">{view.guestPhone ?? m.none}</dd>
      </dl>

      {mode === 'view' && view.canChange ? (
        <div className="wizard__actions">
          <button type="button" className="button button--secondary" disabled={!hydrated} onClick={() => setMode('details')}>
            {m.editDetails}
          </button>
          <button type="button" className="button button--secondary" disabled={!hydrated} onClick={() => setMode('email')}>
            {m.changeEmail}
          </button>
        </div>
      ) : null}

      {mode === 'details' ? (
        <form method="post" onSubmit={submitDetails} noValidate aria-label={m.editDetails}>
          <TextField id="guest-name-fix" name="name" label={m.name} autoComplete="name" defaultValue={view.guestName} error={errors.name} required />
          <TextField id="guest-phone-fix" name="phone" label={m.phone} type="tel" autoComplete="tel" defaultValue={view.guestPhone ?? ''} error={errors.phone} />
          <div className="wizard__actions">
            <button type="button" className="button button--secondary" onClick={cancel}>
              {messagesFor(locale).wizard.back}
            </button>
            <button type="submit" className="button" disabled={busy}>
              {m.saveDetails}
            </button>
          </div>
        </form>
      ) : null}

      {mode === 'email' ? (
        <form method="post" onSubmit={submitEmail} noValidate aria-label={m.changeEmail}>
          <TextField id="guest-new-email" name="email" label={m.newEmail} type="email" autoComplete="email" error={errors.email} required />
          <div className="wizard__actions">
            <button type="button" className="button button--secondary" onClick={cancel}>
              {messagesFor(locale).wizard.back}
            </button>
            <button type="submit" className="button" disabled={busy}>
              {m.sendConfirmation}
            </button>
          </div>
        </form>
      ) : null}
    </section>
  )
}
