'use client'

import { useCallback, useEffect, useLayoutEffect, useReducer, useRef, useState } from 'react'

import { formTrapAfterMinimum } from '@/components/formTiming'
import { Honeypot } from '@/components/Honeypot'
import { errorMessage } from '@/domain/errors'
import { stepsReachedOn } from '@/domain/funnel'
import { depositFor } from '@/domain/policies/deposit'
import type { Locale } from '@/i18n/config'
import { messagesFor } from '@/i18n/messages'

import { Confirmation } from './Confirmation'
import { DayPicker } from './DayPicker'
import { DetailsForm, validateDetails, type FieldErrors } from './DetailsForm'
import { formatLocalDate, formatMoney } from './format'
import { PartySelect } from './PartySelect'
import { refusalOf, withLocale } from './refusal'
import { SlotList } from './SlotList'
import type { ApiErrors, ApiSlot, RestaurantForBooking } from './types'
import { useFunnel } from './useFunnel'
import type { MonthDays } from './useMonthDays'
import { WaitlistForm } from './WaitlistForm'
import { stepInHistory, syncHistory } from './wizardHistory'
import { initialState, isFinalStep, wizardReducer, type BookingConfirmation, type Details } from './wizardState'
import { clearWizard, loadWizard, saveWizard } from './wizardStorage'

/**
 * Four steps, one screen each, mobile first; every rule comes from the engine through the API.
 * The steps are browser history entries and what the diner chose and typed stays in the tab's
 * sessionStorage, so a reload or the back button loses nothing.
 */
export function BookingWizard({
  locale,
  restaurant,
  today,
  initialMonth,
  initialDate = null,
  prefill = null,
  embedded = false,
}: {
  locale: Locale
  restaurant: RestaurantForBooking
  today: string
  /** the calendar's first month, computed with the page */
  initialMonth?: MonthDays
  initialDate?: string | null
  /** a signed-in diner's name, email and phone */
  prefill?: Pick<Details, 'name' | 'email' | 'phone'> | null
  /** inside another site's page (/embed/…): pages that refuse to be framed open in a new tab */
  embedded?: boolean
}) {
  const t = messagesFor(locale).wizard
  const [state, dispatch] = useReducer(wizardReducer, null, () => initialState(initialMonth?.party ?? 2, initialDate, prefill))
  const [errors, setErrors] = useState<FieldErrors>({})
  const [submitting, setSubmitting] = useState(false)
  const [refresh, setRefresh] = useState(0)
  const [full, setFull] = useState(false)
  const [honeypot, setHoneypot] = useState('')
  // When the form was first shown in this tab: the server's time trap (src/domain/forms/trap.ts).
  const startedAt = useRef(0)
  const heading = useRef<HTMLHeadingElement>(null)
  const { slug } = restaurant
  const onFull = useCallback((isFull: boolean) => setFull(isFull), [])
  // The booking funnel (counts only): the steps this page reached, each sent once.
  const countSteps = useFunnel(slug, embedded ? 'widget' : 'site')

  // Back from a reload: the saved wizard, if it belongs to this link; a day that has passed since is
  // forgotten (with its time), the details typed are not.
  useLayoutEffect(() => {
    const saved = loadWizard(slug, initialDate)
    startedAt.current = saved?.startedAt ?? Date.now()
    const passed = Boolean(saved?.date && saved.date < today)
    dispatch({ type: 'restore', saved: saved && passed ? { ...saved, step: 'when', date: null, slot: null } : saved })
  }, [slug, initialDate, today])
  const restored = Boolean(state.restored)

  // Kept as it changes; forgotten once booked (or on the way to the payment page).
  useEffect(() => {
    if (!restored || state.step === 'done') return
    const { step, party, date, slot, details, depositDue } = state
    saveWizard(slug, { v: 1, origin: initialDate, step, party, date, slot, details, depositDue, startedAt: startedAt.current })
  }, [restored, state, slug, initialDate])

  useEffect(() => {
    if (restored) syncHistory(state.step, state.depositDue)
  }, [restored, state.step, state.depositDue])

  useEffect(() => {
    if (restored) countSteps(stepsReachedOn(state.step))
  }, [restored, state.step, countSteps])

  useEffect(() => {
    const onPopState = () => {
      const step = stepInHistory()
      if (step) dispatch({ type: 'goTo', step })
    }
    window.addEventListener('popstate', onPopState)
    return () => window.removeEventListener('popstate', onPopState)
  }, [])

  // A restored time may have gone meanwhile: checked once, and handled like a time taken while booking.
  const checkedRestore = useRef(false)
  useEffect(() => {
    if (!restored || checkedRestore.current) return
    checkedRestore.current = true
    const { date, party, slot } = state
    if (!date || !slot) return
    fetch(`/api/restaurants/${slug}/availability?date=${date}&party=${party}`, { headers: { Accept: 'application/json' } })
      .then((res) => (res.ok ? (res.json() as Promise<{ slots: ApiSlot[] }>) : null))
      .then((body) => {
        if (!body) return
        const still = body.slots.find((s) => s.startsAt === slot.startsAt)
        if (still?.available) return
        setRefresh((n) => n + 1)
        dispatch({ type: 'slotTaken', message: errorMessage(still?.reason ?? 'not_a_slot', locale) })
      })
      .catch(() => undefined)
  }, [restored, state, slug, locale])

  // Each new step is announced: focus moves to its heading.
  const firstRender = useRef(true)
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false
      return
    }
    heading.current?.focus()
  }, [state.step])

  // The amount to show on the deposit step; whether that step exists is decided when the slot is picked.
  const deposit = state.slot ? depositFor(restaurant.deposit, state.party, state.slot.service) : { required: false, amountMinor: 0 }
  const steps = state.depositDue ? [0, 1, 2, 3] : [0, 1, 3]
  const stepIndex = { when: 0, details: 1, deposit: 2, done: 3 }[state.step]
  const position = steps.indexOf(stepIndex) + 1

  async function book() {
    setSubmitting(true)
    dispatch({ type: 'notice', message: null })
    countSteps([...stepsReachedOn(state.step), 'details_entered'])
    try {
      const form = await formTrapAfterMinimum(startedAt.current, honeypot)
      const res = await fetch(withLocale('/api/reservations/book', locale), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          restaurant: restaurant.slug,
          startsAt: state.slot!.startsAt,
          partySize: state.party,
          locale,
          guest: { name: state.details.name, email: state.details.email, phone: state.details.phone || undefined },
          specialRequests: state.details.specialRequests || undefined,
          occasion: state.details.occasion || undefined,
          smsConsent: Boolean(state.details.phone && state.details.smsConsent),
          form,
        }),
      })
      const body = (await res.json()) as BookingConfirmation & ApiErrors & { paymentUrl?: string | null }
      // A deposit is paid on Stripe's page, which brings the diner back to their booking. Stripe
      // refuses to be framed: in the widget the diner opens it in a new tab from the held booking.
      if (res.status === 201) clearWizard(slug)
      // Counted before leaving for the payment page (the request outlives the page).
      if (res.status === 201) countSteps(stepsReachedOn('done'))
      if (res.status === 201 && body.paymentUrl && !embedded) return window.location.assign(body.paymentUrl)
      if (res.status === 201) return dispatch({ type: 'booked', confirmation: body })
      const refusal = refusalOf(body, locale)
      // The time itself was refused (taken meanwhile, or no longer bookable): back to fresh times.
      if (res.status === 409 || refusal.field === 'startsAt') {
        setRefresh((n) => n + 1)
        return dispatch({ type: 'slotTaken', message: refusal.text })
      }
      // A detail the server refused (the form checks the same schema first): marked on its field too.
      const field = refusal.field?.replace(/^guest\./, '')
      if (field === 'name' || field === 'email' || field === 'phone') setErrors({ [field]: refusal.text })
      dispatch({ type: 'notice', message: refusal.text })
    } catch {
      dispatch({ type: 'notice', message: t.error })
    } finally {
      setSubmitting(false)
    }
  }

  // The page's Back is the browser's: one history entry per step, so both lead to the same place.
  function back() {
    if (stepInHistory() === state.step) window.history.back()
    else dispatch({ type: 'back' })
  }

  function next() {
    if (state.step === 'details') {
      const found = validateDetails(state.details, locale)
      setErrors(found)
      if (Object.keys(found).length) {
        document.getElementById(`guest-${Object.keys(found)[0]}`)?.focus()
        return
      }
    }
    if (isFinalStep(state)) return void book()
    dispatch({ type: 'next' })
  }

  return (
    <section className="wizard" aria-labelledby="wizard-step-title">
      <p className="wizard__progress">{t.stepOf(position, steps.length)}</p>
      <h2 id="wizard-step-title" ref={heading} tabIndex={-1}>
        {t.steps[stepIndex]}
      </h2>
      {state.notice ? (
        <p className="notice notice--warning" role="alert">
          {state.notice}
        </p>
      ) : null}

      {state.step === 'when' ? (
        <>
          <PartySelect locale={locale} value={state.party} max={restaurant.maxPartyOnline} phone={restaurant.phone} onChange={(party) => dispatch({ type: 'party', party })} />
          <DayPicker
            locale={locale}
            slug={restaurant.slug}
            party={state.party}
            today={today}
            maxAdvanceDays={restaurant.maxAdvanceDays}
            value={state.date}
            onChange={(date) => dispatch({ type: 'date', date })}
            initial={initialMonth}
            refresh={refresh}
          />
          {state.date ? <p className="chosen-date">{formatLocalDate(state.date, locale)}</p> : null}
          <SlotList
            locale={locale}
            slug={restaurant.slug}
            date={state.date}
            party={state.party}
            value={state.slot?.startsAt ?? null}
            refresh={refresh}
            onFull={onFull}
            onChange={(slot) =>
              dispatch({
                type: 'slot',
                slot: { startsAt: slot.startsAt, time: slot.time, service: slot.service },
                depositDue: depositFor(restaurant.deposit, state.party, slot.service).required,
              })
            }
          />
          {full && state.date ? <WaitlistForm locale={locale} slug={restaurant.slug} date={state.date} party={state.party} details={state.details} onJoined={() => countSteps(['waitlist_joined'])} /> : null}
        </>
      ) : null}

      {state.step === 'details' ? (
        <>
          <DetailsForm locale={locale} details={state.details} errors={errors} onChange={(details) => dispatch({ type: 'details', details })} />
          <Honeypot locale={locale} id="guest-website" value={honeypot} onChange={setHoneypot} />
        </>
      ) : null}

      {state.step === 'deposit' ? (
        <div className="card">
          <p>{t.depositText(formatMoney(deposit.amountMinor, restaurant.currency, locale))}</p>
          <p>{t.depositHold}</p>
          {restaurant.policyText ? (
            <>
              <h3>{t.cancellationPolicy}</h3>
              <p>{restaurant.policyText}</p>
            </>
          ) : null}
        </div>
      ) : null}

      {state.step === 'done' && state.confirmation ? <Confirmation locale={locale} restaurant={restaurant} confirmation={state.confirmation} embedded={embedded} /> : null}

      {state.step !== 'done' ? (
        <div className="wizard__actions">
          {state.step !== 'when' ? (
            <button type="button" className="button button--secondary" onClick={back} disabled={submitting}>
              {t.back}
            </button>
          ) : null}
          <button type="button" className="button" onClick={next} disabled={submitting || (state.step === 'when' && !state.slot)} aria-busy={submitting}>
            {submitting ? t.booking : state.step === 'deposit' ? t.confirmDeposit : isFinalStep(state) ? t.confirm : t.next}
          </button>
        </div>
      ) : null}
    </section>
  )
}
