'use client'

import { Button } from '@payloadcms/ui'
import { useState } from 'react'

import { useOptimisticWrite, useStaffQuery } from '../../../infrastructure/client/staffQueries'
import { serviceActionsFrom, type ServiceAction } from '../../../domain/reservations/transitions'
import type { DayBooking as Booking, ServiceDayResponse } from '../api/serviceDay'
import { RestaurantPicker } from './RestaurantPicker'
import { sendJson } from '../../../infrastructure/client/sendJson'
import { restoreBooking, withBooking } from './serviceDayCache'
import { StatusMessage, type Message } from './StatusMessage'
import type { ReservationsKey } from '../translations/types'
import { useWords } from './useWords'
import { NewBookingButton } from './newBooking/NewBookingButton'

/** The button for each move a host makes from the board, and what the move is called. */
const ACTION_WORDS = {
  seated: 'reservations:service:seat',
  completed: 'reservations:service:complete',
  no_show: 'reservations:service:noShow',
  cancelled: 'reservations:service:cancel',
} as const satisfies Record<ServiceAction, ReservationsKey>

/** The day's service, refreshed every 30 s (the staff query), with the moves a host makes from it. */
export function ServiceBoard({ restaurants }: { restaurants: { slug: string; name: string }[] }) {
  const { t, locale, count } = useWords()
  const action = (status: ServiceAction) => t(ACTION_WORDS[status])
  const [slug, setSlug] = useState(restaurants[0]?.slug ?? '')
  const url = slug ? `/api/restaurants/${slug}/service` : null
  const { data: day, error } = useStaffQuery<ServiceDayResponse>(url)
  const [message, setMessage] = useState<Message | null>(null)
  // The move shows at once; a refusal puts the booking back and says why; every staff view then refreshes.
  const statusWrite = useOptimisticWrite<ServiceDayResponse, { booking: Booking; status: ServiceAction }>({
    url,
    send: ({ booking, status }) => sendJson('POST', `/api/reservations/${booking.id}/status`, { status }),
    change: (data, { booking, status }) => withBooking(data, booking.id, { status }),
    restore: (data, before, { booking }) => restoreBooking(data, before, booking.id),
  })

  function move(booking: Booking, status: ServiceAction) {
    if (status === 'cancelled' && !window.confirm(t('reservations:service:confirmCancel', { reference: booking.reference }))) return
    statusWrite.mutate(
      { booking, status },
      {
        onSuccess: () => setMessage({ text: `${booking.reference}: ${action(status)} — ${t('reservations:service:updated')}`, alert: false }),
        onError: (refusal) => setMessage({ text: refusal.answer.reason, alert: true }),
      },
    )
  }

  const time = (iso: string) => new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', timeZone: day?.restaurant.timeZone }).format(new Date(iso))
  const list = (title: string, items: Booking[], testId: string) => (
    <section className="service-card" data-testid={testId} style={{ border: '1px solid var(--theme-elevation-150)', borderRadius: 4, padding: '0.75rem 1rem' }}>
      <h3 style={{ margin: '0 0 .5rem' }}>
        {title} ({items.length})
      </h3>
      {items.length === 0 ? (
        <p style={{ margin: 0, color: 'var(--theme-elevation-500)' }}>{t('reservations:common:none')}</p>
      ) : (
        <ul style={{ margin: 0, paddingLeft: '1.1rem' }}>
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

  return (
    <div className="service-board" style={{ display: 'grid', gap: '1.25rem', paddingBlock: '1.5rem' }}>
      <header style={{ display: 'flex', flexWrap: 'wrap', gap: '1rem', alignItems: 'center', justifyContent: 'space-between' }}>
        <h1 style={{ margin: 0 }}>
          {t('reservations:service:title')}
          {day ? ` — ${day.restaurant.name}` : ''}
        </h1>
        <div style={{ display: 'flex', gap: '.75rem', alignItems: 'center' }}>
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
          <p style={{ margin: 0, fontSize: '1.1rem' }} data-testid="covers-today">
            {count('reservations:service:coversToday', day.coversToday)}
            {day.services.map((s) => ` · ${s.name}: ${s.covers} (${s.occupancyPercent} % ${t('reservations:service:occupancy')})`).join('')}
          </p>
          <div style={{ display: 'grid', gap: '1rem', gridTemplateColumns: 'repeat(auto-fill, minmax(260px, 1fr))' }}>
            {list(t('reservations:service:late'), day.late, 'late')}
            {list(t('reservations:service:arriving'), day.arrivingSoon, 'arriving')}
            {list(t('reservations:service:seated'), day.seated, 'seated')}
            {list(t('reservations:service:deposits'), day.pendingDeposits, 'deposits')}
            {list(t('reservations:service:large'), day.largeParties, 'large')}
            {list(t('reservations:service:flagged'), day.flagged, 'flagged')}
          </div>
          <section>
            <h2>
              {t('reservations:service:bookings')}{' '}
              <a href={`/api/reservations/export?restaurant=${slug}&from=${day.date}&to=${day.date}`} style={{ fontSize: '0.9rem', fontWeight: 'normal' }}>
                {t('reservations:common:exportCsv')}
              </a>
            </h2>
            <table className="table" style={{ width: '100%' }}>
              <tbody>
                {day.bookings.map((b) => (
                  <tr key={b.id} data-testid="service-booking">
                    <td>{time(b.startsAt)}</td>
                    <td>
                      <a href={`/admin/collections/reservations/${b.id}`}>{b.reference}</a>
                    </td>
                    <td>{b.guestName}</td>
                    <td>{b.partySize}</td>
                    <td>{b.tables.join('+')}</td>
                    <td data-testid="service-status">{t(`reservations:status:${b.status}`)}</td>
                    <td style={{ display: 'flex', gap: '.5rem', flexWrap: 'wrap' }}>
                      {serviceActionsFrom(b.status).map((status) => (
                        <Button key={status} buttonStyle={status === 'cancelled' || status === 'no_show' ? 'secondary' : 'primary'} size="small" onClick={() => move(b, status)}>
                          {action(status)}
                        </Button>
                      ))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        </>
      ) : null}
    </div>
  )
}
