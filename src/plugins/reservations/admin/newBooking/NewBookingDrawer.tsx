'use client'

import { useEffect, useId, useRef, useState } from 'react'

import { OCCASION_VALUES } from '../../../../domain/schemas/booking'
import { STAFF_SOURCES } from '../../../../domain/schemas/staffBooking'
import { sendJson } from '../../../../infrastructure/client/sendJson'
import { useStaffQuery } from '../../../../infrastructure/client/staffQueries'
import { StatusMessage, type Message } from '../StatusMessage'
import { useWords } from '../useWords'
import { GuestSearch, GuestSummary } from './GuestSearch'
import { seatingLabel, TimePicker, useRefusalWords } from './TimePicker'
import { TOUCH, type BookingPrefill, type GuestMatch, type NewGuest, type StaffAvailability, type StaffSlot } from './types'

const field = { ...TOUCH, width: '100%', fontSize: '1rem', padding: '0 .5rem' } as const
const label = { display: 'grid', gap: '.25rem' } as const

/** What the host typed in the search, as the start of a new guest: a number goes in the phone, words in the name. */
function newGuestFrom(typed: string): NewGuest {
  const text = typed.trim()
  const isPhone = /^[+\d\s().-]+$/.test(text) && /\d{4}/.test(text.replace(/\D/g, ''))
  return { name: isPhone ? '' : text, phone: isPhone ? text : '', email: text.includes('@') ? text : '', locale: 'fr' }
}

/**
 * The new-booking drawer: party and day, the times the engine offers in staff mode (refused ones
 * with their reason), the table, the guest found as the host types or a new one, the details, and a
 * manager's override for a refused time. A native modal <dialog>: the page behind is inert (focus
 * stays inside), Escape closes it, its heading names it.
 */
export function NewBookingDrawer({ slug, prefill, onClose, onBooked }: { slug: string; prefill: BookingPrefill & { date: string }; onClose: () => void; onBooked: (reference: string) => void }) {
  const { t } = useWords()
  const refusal = useRefusalWords()
  const id = useId()
  const dialog = useRef<HTMLDialogElement>(null)
  const [party, setParty] = useState(2)
  const [date, setDate] = useState(prefill.date)
  const [time, setTime] = useState<string | null>(prefill.time ?? null)
  const [seating, setSeating] = useState<string | null>(prefill.tableId ? String(prefill.tableId) : null)
  const [guest, setGuest] = useState<GuestMatch | null>(null)
  const [newGuest, setNewGuest] = useState<NewGuest>(newGuestFrom(''))
  const [source, setSource] = useState<(typeof STAFF_SOURCES)[number]>('phone')
  const [occasion, setOccasion] = useState('')
  const [notes, setNotes] = useState('')
  const [sendConfirmation, setSendConfirmation] = useState(true)
  const [reason, setReason] = useState('')
  const [saving, setSaving] = useState(false)
  const [message, setMessage] = useState<Message | null>(null)

  useEffect(() => {
    const element = dialog.current
    if (element && !element.open) element.showModal()
  }, [])

  const { data: day, error, isFetching } = useStaffQuery<StaffAvailability>(date ? `/api/restaurants/${slug}/staff-availability?date=${date}&party=${party}` : null)
  const slot: StaffSlot | undefined = day?.slots.find((s) => s.time === time)
  const refused = Boolean(slot && !slot.available)
  const forcing = refused && Boolean(day?.canOverride)
  // Seatings on offer: every fitting one when the engine takes the time; any free table when a manager forces it.
  const seatings: string[][] = !slot ? [] : forcing ? (slot.fitting.length ? slot.fitting : slot.free.map((t) => [t])).map((ids) => ids.map(String)) : slot.fitting.map((ids) => ids.map(String))
  const chosenSeating = seating && seatings.some((s) => s.join(',') === seating) ? seating : (seatings[0]?.join(',') ?? null)

  function chooseTime(next: StaffSlot) {
    setTime(next.time)
    setMessage(null)
  }

  async function submit() {
    if (!time) return
    setSaving(true)
    setMessage(null)
    const guestBody = guest
      ? { id: guest.id }
      : { name: newGuest.name, phone: newGuest.phone || undefined, email: newGuest.email || undefined, locale: newGuest.locale }
    const result = await sendJson<{ reference: string }>('POST', `/api/restaurants/${slug}/staff-bookings`, {
      date,
      time,
      partySize: party,
      ...(chosenSeating ? { tables: chosenSeating.split(',').map(Number) } : {}),
      guest: guestBody,
      source,
      ...(occasion ? { occasion } : {}),
      ...(notes.trim() ? { notes: notes.trim() } : {}),
      sendConfirmation,
      ...(forcing ? { override: { reason: reason.trim() } } : {}),
    })
    setSaving(false)
    if (result.ok && result.data) {
      dialog.current?.close()
      onBooked(result.data.reference)
    } else {
      setMessage({ text: result.reason, alert: true })
    }
  }

  const submitDisabled = saving || !slot || (refused && !forcing)
  const titleId = `${id}-title`
  return (
    <dialog
      ref={dialog}
      aria-labelledby={titleId}
      data-testid="new-booking-drawer"
      onCancel={(e) => {
        e.preventDefault()
        dialog.current?.close()
        onClose()
      }}
      style={{
        margin: '0 0 0 auto',
        height: '100dvh',
        maxHeight: '100dvh',
        width: 'min(560px, 100vw)',
        maxWidth: '100vw',
        boxSizing: 'border-box',
        padding: '1rem 1.25rem',
        border: 'none',
        borderLeft: '1px solid var(--theme-elevation-150)',
        background: 'var(--theme-bg)',
        color: 'var(--theme-text)',
        overflowX: 'hidden',
        overflowY: 'auto',
      }}
    >
      <form
        onSubmit={(e) => {
          e.preventDefault()
          void submit()
        }}
        style={{ display: 'grid', gap: '1rem' }}
      >
        <header style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: '1rem' }}>
          <h2 id={titleId} style={{ margin: 0 }}>
            {t('reservations:newBooking:title')}
          </h2>
          <button
            type="button"
            aria-label={t('reservations:newBooking:close')}
            onClick={() => {
              dialog.current?.close()
              onClose()
            }}
            style={{ ...TOUCH, fontSize: '1.5rem', background: 'none', border: 'none', color: 'inherit', cursor: 'pointer' }}
          >
            ×
          </button>
        </header>

        <div style={{ display: 'grid', gap: '.75rem', gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 2fr)' }}>
          <label style={label}>
            {t('reservations:newBooking:party')}
            <input type="number" min={1} max={100} inputMode="numeric" value={party} onChange={(e) => setParty(Math.max(1, Math.min(100, Number(e.target.value) || 1)))} style={field} />
          </label>
          <label style={label}>
            {t('reservations:newBooking:date')}
            <input type="date" required value={date} onChange={(e) => e.target.value && setDate(e.target.value)} style={field} />
          </label>
        </div>

        <fieldset style={{ border: 'none', margin: 0, padding: 0, display: 'grid', gap: '.5rem', minWidth: 0 }}>
          <legend style={{ fontWeight: 600, marginBottom: '.5rem' }}>{t('reservations:newBooking:times')}</legend>
          {error ? <p role="alert">{t('reservations:newBooking:timesError')}</p> : null}
          {!day || (isFetching && day.date !== date) ? <p aria-live="polite">{t('reservations:newBooking:loadingTimes')}</p> : null}
          {day && day.closed ? <p>{t('reservations:newBooking:closed')}</p> : null}
          {day ? <TimePicker date={day.date} slots={day.slots} chosen={time} onChoose={chooseTime} /> : null}
          {slot && refused ? (
            <p role="status" data-testid="drawer-refusal" style={{ margin: 0, color: 'var(--theme-error-600)' }}>
              {refusal(slot)}
              {forcing ? '' : ` ${t('reservations:newBooking:managerOnly')}`}
            </p>
          ) : null}
        </fieldset>

        {slot && day ? (
          <label style={label}>
            {t('reservations:newBooking:table')}
            {seatings.length > 0 ? (
              <select value={chosenSeating ?? ''} onChange={(e) => setSeating(e.target.value)} style={field} aria-describedby={`${id}-table-hint`}>
                {seatings.map((ids) => (
                  <option key={ids.join(',')} value={ids.join(',')}>
                    {seatingLabel(ids, day.tables)}
                  </option>
                ))}
              </select>
            ) : (
              <span>{t('reservations:newBooking:noFittingTable')}</span>
            )}
            {seatings.length > 0 ? (
              <span id={`${id}-table-hint`} style={{ fontSize: '.85rem' }}>
                {t('reservations:newBooking:tableHint')}
              </span>
            ) : null}
          </label>
        ) : null}

        {forcing ? (
          <fieldset style={{ border: '1px solid var(--theme-warning-500)', borderRadius: 4, padding: '.75rem', display: 'grid', gap: '.5rem', minWidth: 0 }}>
            <legend>{t('reservations:newBooking:overrideTitle')}</legend>
            <span>{t('reservations:newBooking:overrideExplain')}</span>
            <label style={label}>
              {t('reservations:newBooking:overrideReason')}
              <input type="text" required minLength={3} maxLength={200} value={reason} onChange={(e) => setReason(e.target.value)} style={field} />
            </label>
          </fieldset>
        ) : null}

        <fieldset style={{ border: 'none', margin: 0, padding: 0, display: 'grid', gap: '.5rem', minWidth: 0 }}>
          <legend style={{ fontWeight: 600, marginBottom: '.5rem' }}>{t('reservations:newBooking:guest')}</legend>
          {guest ? (
            <div style={{ display: 'flex', gap: '1rem', alignItems: 'flex-start', justifyContent: 'space-between', flexWrap: 'wrap' }} data-testid="drawer-guest">
              <GuestSummary guest={guest} />
              <button type="button" onClick={() => setGuest(null)} style={{ ...TOUCH, padding: '0 .75rem', cursor: 'pointer' }}>
                {t('reservations:newBooking:change')}
              </button>
            </div>
          ) : (
            <>
              <GuestSearch
                slug={slug}
                onPick={setGuest}
                onTyped={(text) => setNewGuest(newGuestFrom(text))}
              />
              <div role="group" aria-labelledby={`${id}-new-guest`} style={{ display: 'grid', gap: '.5rem' }}>
                <strong id={`${id}-new-guest`}>{t('reservations:newBooking:newGuest')}</strong>
                <label style={label}>
                  {t('reservations:newBooking:name')}
                  <input type="text" autoComplete="off" maxLength={120} value={newGuest.name} onChange={(e) => setNewGuest({ ...newGuest, name: e.target.value })} style={field} />
                </label>
                <label style={label}>
                  {t('reservations:newBooking:phone')}
                  <input type="tel" autoComplete="off" value={newGuest.phone} onChange={(e) => setNewGuest({ ...newGuest, phone: e.target.value })} style={field} />
                </label>
                <label style={label}>
                  {t('reservations:newBooking:email')}
                  <input type="email" autoComplete="off" value={newGuest.email} onChange={(e) => setNewGuest({ ...newGuest, email: e.target.value })} style={field} />
                </label>
                <label style={label}>
                  {t('reservations:newBooking:language')}
                  <select value={newGuest.locale} onChange={(e) => setNewGuest({ ...newGuest, locale: e.target.value === 'en' ? 'en' : 'fr' })} style={field}>
                    <option value="fr" lang="fr">
                      Français
                    </option>
                    <option value="en" lang="en">
                      English
                    </option>
                  </select>
                </label>
              </div>
            </>
          )}
        </fieldset>

        <div style={{ display: 'grid', gap: '.75rem', gridTemplateColumns: 'repeat(auto-fit, minmax(180px, 1fr))' }}>
          <label style={label}>
            {t('reservations:newBooking:source')}
            <select value={source} onChange={(e) => setSource(e.target.value as typeof source)} style={field}>
              {STAFF_SOURCES.map((s) => (
                <option key={s} value={s}>
                  {t(`reservations:source:${s}`)}
                </option>
              ))}
            </select>
          </label>
          <label style={label}>
            {t('reservations:newBooking:occasion')}
            <select value={occasion} onChange={(e) => setOccasion(e.target.value)} style={field}>
              <option value="">{t('reservations:newBooking:noOccasion')}</option>
              {OCCASION_VALUES.map((o) => (
                <option key={o} value={o}>
                  {t(`reservations:occasion:${o}`)}
                </option>
              ))}
            </select>
          </label>
        </div>
        <label style={label}>
          {t('reservations:newBooking:staffNotes')}
          <textarea rows={2} maxLength={1000} value={notes} onChange={(e) => setNotes(e.target.value)} style={{ ...field, minHeight: 66, padding: '.5rem' }} />
        </label>
        <label style={{ ...TOUCH, display: 'flex', gap: '.5rem', alignItems: 'center' }}>
          <input type="checkbox" checked={sendConfirmation} onChange={(e) => setSendConfirmation(e.target.checked)} style={{ width: 24, height: 24 }} />
          {t('reservations:newBooking:sendConfirmation')}
        </label>

        <StatusMessage message={message} testId="drawer-message" />
        <div style={{ display: 'flex', gap: '.75rem', flexWrap: 'wrap', position: 'sticky', bottom: 0, background: 'var(--theme-bg)', paddingBlock: '.5rem' }}>
          {/* Payload's primary button look, at a finger's height (its own Button takes no size that tall). */}
          <button
            type="submit"
            className={`btn btn--style-primary${submitDisabled ? ' btn--disabled' : ''}`}
            disabled={submitDisabled}
            style={{ ...TOUCH, margin: 0, padding: '0 1.5rem', fontSize: '1rem' }}
          >
            {saving ? t('reservations:newBooking:saving') : forcing ? t('reservations:newBooking:submitForced') : t('reservations:newBooking:submit')}
          </button>
        </div>
      </form>
    </dialog>
  )
}
