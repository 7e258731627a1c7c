'use client'

import { useState } from 'react'

import { useHydrated } from '@/components/useHydrated'
import type { Locale } from '@/i18n/config'
import { messagesFor } from '@/i18n/messages'
import type { GuestView } from '@/plugins/reservations'

import { DayPicker } from './DayPicker'
import { formatInstant, formatMoney } from './format'
import { ManageContact } from './ManageContact'
import { PartySelect } from './PartySelect'
import { refusalOf, withLocale } from './refusal'
import { SlotList } from './SlotList'
import type { ApiErrors, ApiSlot, RestaurantForBooking } from './types'

type View = GuestView

/** The guest's own booking: change it with the wizard's pickers, or cancel knowing what it costs. */
export function ManageBooking({
  locale,
  token,
  initial,
  restaurant,
  today,
  paymentCancelled = false,
  emailChangeToken,
}: {
  locale: Locale
  token: string
  initial: View
  restaurant: RestaurantForBooking
  today: string
  /** Back from the checkout page without paying. */
  paymentCancelled?: boolean
  /** From the link sent to a new address: the page offers to confirm it. */
  emailChangeToken?: string
}) {
  const m = messagesFor(locale).manage
  const t = messagesFor(locale).wizard
  const [view, setView] = useState(initial)
  const [mode, setMode] = useState<'view' | 'change' | 'cancel'>('view')
  const [party, setParty] = useState(initial.partySize)
  const [date, setDate] = useState<string | null>(initial.localDate)
  const [slot, setSlot] = useState<ApiSlot | null>(null)
  const [message, setMessage] = useState<{ text: string; alert: boolean } | null>(paymentCancelled && initial.status === 'pending_payment' ? { text: m.paymentCancelled, alert: true } : null)
  const [busy, setBusy] = useState(false)
  // A tap before the page is interactive would do nothing: the buttons wait for it.
  const hydrated = useHydrated()
  const [refresh, setRefresh] = useState(0)

  const when = formatInstant(view.startsAt, view.timeZone, locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' })
  const c = view.cancellation
  const consequence = !c
    ? null
    : c.free
      ? m.free(formatInstant(c.freeUntil, view.timeZone, locale, { day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' }))
      : view.deposit
        ? c.refundPercent > 0
          ? m.refund(c.refundPercent, formatMoney(c.refundMinor, view.deposit.currency ?? restaurant.currency, locale))
          : m.noRefund
        : null

  async function send(method: 'PATCH' | 'DELETE', body?: unknown) {
    setBusy(true)
    setMessage(null)
    try {
      const res = await fetch(withLocale(`/api/reservations/manage/${token}`, locale), {
        method,
        headers: body ? { 'Content-Type': 'application/json' } : undefined,
        body: body ? JSON.stringify(body) : undefined,
      })
      const json = (await res.json()) as View & ApiErrors
      if (res.ok) {
        setView(json)
        setMode('view')
        const refund = method === 'DELETE' && view.deposit?.status === 'paid' ? (json.cancellation?.refundMinor ?? 0) : 0
        const refundText = refund > 0 ? ` ${m.refunding(formatMoney(refund, view.deposit?.currency ?? restaurant.currency, locale))}` : ''
        setMessage({ text: method === 'DELETE' ? m.cancelled + refundText : m.saved, alert: false })
      } else {
        const refusal = refusalOf(json, locale)
        if (res.status === 409 || refusal.field === 'startsAt') setRefresh((n) => n + 1)
        setMessage({ text: refusal.text, alert: true })
      }
    } catch {
      setMessage({ text: t.error, alert: true })
    } finally {
      setBusy(false)
    }
  }

  async function pay() {
    setBusy(true)
    setMessage(null)
    try {
      const res = await fetch(withLocale(`/api/reservations/manage/${token}/pay`, locale), { method: 'POST' })
      const json = (await res.json()) as { url?: string } & ApiErrors
      if (res.ok && json.url) return window.location.assign(json.url)
      setMessage({ text: refusalOf(json, locale).text, alert: true })
    } catch {
      setMessage({ text: t.error, alert: true })
    }
    setBusy(false)
  }

  return (
    <div className="manage">
      {message ? (
        <p className={message.alert ? 'notice notice--warning' : 'notice'} role={message.alert ? 'alert' : 'status'}>
          {message.text}
        </p>
      ) : null}
      <dl className="summary">
        <dt>{t.reference}</dt>
        <dd className="reference">{view.reference}</dd>
        <dt>{m.statusLabel}</dt>
        <dd data-testid="booking-status">{m.status[view.status] ?? view.status}</dd>
        <dt>{t.when}</dt>
        <dd data-testid="booking-when">{when}</dd>
        <dt>{t.party}</dt>
        <dd>{t.guests(view.partySize)}</dd>
        <dt>{restaurant.name}</dt>
        <dd>{restaurant.address}</dd>
      </dl>

      {view.status === 'pending_payment' && view.deposit && view.holdExpiresAt ? (
        <div className="card">
          <p>
            {m.payHint(
              formatMoney(view.deposit.amountMinor, view.deposit.currency ?? restaurant.currency, locale),
              formatInstant(view.holdExpiresAt, view.timeZone, locale, { hour: '2-digit', minute: '2-digit' }),
            )}
          </p>
          <button type="button" className="button" disabled={busy || !hydrated} onClick={pay}>
            {m.pay}
          </button>
        </div>
      ) : null}

      {mode === 'view' && view.canChange ? (
        <div className="wizard__actions">
          <button type="button" className="button" disabled={!hydrated} onClick={() => setMode('change')}>
            {m.change}
          </button>
          <button type="button" className="button button--secondary" disabled={!hydrated} onClick={() => setMode('cancel')}>
            {m.cancel}
          </button>
        </div>
      ) : null}

      {mode === 'change' ? (
        <section aria-labelledby="change-title">
          <h2 id="change-title">{m.change}</h2>
          <PartySelect locale={locale} value={party} max={restaurant.maxPartyOnline} phone={restaurant.phone} onChange={(p) => (setParty(p), setSlot(null))} />
          <DayPicker locale={locale} slug={restaurant.slug} party={party} today={today} maxAdvanceDays={restaurant.maxAdvanceDays} value={date} onChange={(d) => (setDate(d), setSlot(null))} />
          <SlotList locale={locale} slug={restaurant.slug} date={date} party={party} value={slot?.startsAt ?? null} refresh={refresh} onChange={setSlot} />
          <div className="wizard__actions">
            <button type="button" className="button button--secondary" onClick={() => setMode('view')}>
              {t.back}
            </button>
            <button type="button" className="button" disabled={busy || !slot} onClick={() => slot && send('PATCH', { startsAt: slot.startsAt, partySize: party })}>
              {m.save}
            </button>
          </div>
        </section>
      ) : null}

      {mode === 'cancel' ? (
        <section aria-labelledby="cancel-title" className="card">
          <h2 id="cancel-title">{m.cancel}</h2>
          {consequence ? <p>{consequence}</p> : null}
          {restaurant.policyText ? <p className="hint">{restaurant.policyText}</p> : null}
          <div className="wizard__actions">
            <button type="button" className="button button--secondary" onClick={() => setMode('view')}>
              {m.keep}
            </button>
            <button type="button" className="button button--danger" disabled={busy} onClick={() => send('DELETE')}>
              {m.cancelConfirm}
            </button>
          </div>
        </section>
      ) : null}

      <ManageContact locale={locale} token={token} view={view} onChange={setView} changeToken={emailChangeToken} />
    </div>
  )
}
