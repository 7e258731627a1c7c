'use client'

import { Button } from '@payloadcms/ui'
import { useState } from 'react'

import { useOptimisticWrite, useStaffQuery } from '../../../infrastructure/client/staffQueries'
import { serviceActionsFrom, type ServiceAction } from '../../../domain/reservations/transitions'
import type { DayBooking as Booking, ServiceDayResponse } from '../api/serviceDay'
import { CoversOutlook } from './CoversOutlook'
import { RestaurantPicker } from './RestaurantPicker'
import type { StaffRestaurant } from './StaffView'
import { sendJson } from '../../../infrastructure/client/sendJson'
import { restoreBooking, withBooking } from './serviceDayCache'
import { StatusMessage, type Message } from './StatusMessage'
import type { ReservationsKey } from '../translations/types'
import { useWords } from './useWords'
import { NewBookingButton } from './newBooking/NewBookingButton'
import { CheckoutForm } from './CheckoutForm'

/** The button for each move a host makes from the board, and what the move is called. */
const ACTION_WORDS = {
  seated: 'reservations:service:seat',
  completed: 'reservations:service:complete',
  no_show: 'reservations:service:noShow',
  cancelled: 'reservations:service:cancel',
} as const satisfies Record<ServiceAction, ReservationsKey>

/**
 * The day's service, refreshed every 30 s (the staff query), with the moves a host makes from it.
 * On the admin's home (`outlook`), managers and owners also see the covers ahead.
 */
export function ServiceBoard({ restaurants, outlook = false }: { restaurants: StaffRestaurant[]; outlook?: boolean }) {
  const { t, locale, count } = useWords()
  const action = (status: ServiceAction) => t(ACTION_WORDS[status])
  const [slug, setSlug] = useState(restaurants[0]?.slug ?? '')
  const url = slug ? `/api/restaurants/${slug}/service` : null
  const { data: day, error } = useStaffQuery<ServiceDayResponse>(url)
  const [message, setMessage] = useState<Message | null>(null)
  // The move shows at once; a refusal puts the booking back and says why; every staff view then refreshes.
  // Completing asks for the spend first (CheckoutForm): the booking whose form is open.
  const [checkingOut, setCheckingOut] = useState<number | null>(null)
  const statusWrite = useOptimisticWrite<ServiceDayResponse, { booking: Booking; status: ServiceAction; spendMinor?: number }>({
    url,
    send: ({ booking, status, spendMinor }) => sendJson('POST', `/api/reservations/${booking.id}/status`, spendMinor === undefined ? { status } : { status, spendMinor }),
    change: (data, { booking, status }) => withBooking(data, booking.id, { status }),
    restore: (data, before, { booking }) => restoreBooking(data, before, booking.id),
  })

  function move(booking: Booking, status: ServiceAction, spendMinor?: number) {
    if (status === 'cancelled' && !window.confirm(t('reservations:service:confirmCancel', { reference: booking.reference }))) return
    setCheckingOut(null)
    statusWrite.mutate(
      { booking, status, spendMinor },
      {
        onSuccess: () => setMessage({ text: `${booking.reference}: ${action(status)} — ${t('reservations:service:updated')}`, alert: false }),
        onError: (refusal) => setMessage({ text: refusal.answer.reason, alert: true }),
      },
    )
  }

  const time = (iso: string) => new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', timeZone: day?.restaurant.timeZone }).format(new Date(iso))
  const list = (title: string, items: Booking[], testId: string) => (
    <section className="service-card" data-testid={testId} aria-labelledby={`${testId}-title`}>
      <h2 id={`${testId}-title`}>
        {title} ({items.length})
      </h2>
      {items.length === 0 ? (
        <p className="staff-view__muted">{t('reservations:common:none')}</p>
      ) : (
        <ul>
          {items.map((b) => (
            <li key={b.id}>
              {time(b.startsAt)} · {b.guestName} · {b.partySize} · {b.tables.join('+')}
              {b.allergies ? ` · ⚠ ${b.allergies}` : ''}
              {b.specialRequests ? ` · ${b.specialRequests}` : ''}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
  const current = restaurants.find((r) => r.slug === slug)

  return (
    <div className="staff-view service-board">
      <header className="staff-view__header">
        <h1>
          {t('reservations:service:title')}
          {day ? ` — ${day.restaurant.name}` : ''}
        </h1>
        <div className="staff-view__tools">
          <RestaurantPicker restaurants={restaurants} value={slug} label={t('reservations:common:restaurant')} onChange={setSlug} />
          <NewBookingButton slug={slug} date={day?.date} />
        </div>
      </header>
      {error ? (
        <p role="alert" style={{ margin: 0, color: 'var(--theme-error-500)' }}>
          {t('reservations:service:error')}
        </p>
      ) : null}
      <StatusMessage message={message} />
      {day ? (
        <>
          <p className="service-board__covers" data-testid="covers-today">
            {count('reservations:service:coversToday', day.coversToday)}
            {day.services.map((s) => ` · ${s.name}: ${s.covers} (${s.occupancyPercent} % ${t('reservations:service:occupancy')})`).join('')}
          </p>
          {outlook && current?.manager ? <CoversOutlook slug={current.slug} timeZone={current.timeZone} /> : null}
          <div className="service-board__cards">
            {list(t('reservations:service:late'), day.late, 'late')}
            {list(t('reservations:service:arriving'), day.arrivingSoon, 'arriving')}
            {list(t('reservations:service:seated'), day.seated, 'seated')}
            {list(t('reservations:service:deposits'), day.pendingDeposits, 'deposits')}
            {list(t('reservations:service:large'), day.largeParties, 'large')}
            {list(t('reservations:service:flagged'), day.flagged, 'flagged')}
          </div>
          <section aria-labelledby="service-bookings-title">
            <div className="service-board__bookings-title">
              <h2 id="service-bookings-title">{t('reservations:service:bookings')}</h2>
              <a href={`/api/reservations/export?restaurant=${slug}&from=${day.date}&to=${day.date}`}>{t('reservations:common:exportCsv')}</a>
            </div>
            {/* One row per booking that wraps into a card on a narrow screen (a table row cannot wrap). */}
            <ul className="service-bookings">
              {day.bookings.map((b) => (
                <li key={b.id} className="service-booking" data-testid="service-booking">
                  <span className="service-booking__time">{time(b.startsAt)}</span>
                  <a className="service-booking__ref" href={`/admin/collections/reservations/${b.id}`}>
                    {b.reference}
                  </a>
                  <span className="service-booking__guest">
                    {b.guestName} · {count('reservations:calendar:covers', b.partySize)}
                    {b.tables.length ? ` · ${b.tables.join('+')}` : ''}
                  </span>
                  <span className="service-booking__status" data-testid="service-status">
                    {t(`reservations:status:${b.status}`)}
                  </span>
                  <span className="service-booking__actions">
                    {checkingOut === b.id ? (
                      <CheckoutForm reference={b.reference} currency={day.restaurant.currency} onComplete={(spendMinor) => move(b, 'completed', spendMinor)} onCancel={() => setCheckingOut(null)} />
                    ) : serviceActionsFrom(b.status).map((status) => (
                      <Button
                        key={status}
                        buttonStyle={status === 'cancelled' || status === 'no_show' ? 'secondary' : 'primary'}
                        size="small"
                        margin={false}
                        aria-label={`${action(status)} ${b.reference}`}
                        onClick={() => (status === 'completed' ? setCheckingOut(b.id) : move(b, status))}
                      >
                        {action(status)}
                      </Button>
                    ))}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        </>
      ) : null}
    </div>
  )
}
