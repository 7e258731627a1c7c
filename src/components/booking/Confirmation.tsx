'use client'

import type { Locale } from '@/i18n/config'
import { messagesFor } from '@/i18n/messages'

import { formatInstant, formatMoney } from './format'
import type { RestaurantForBooking } from './types'
import type { BookingConfirmation } from './wizardState'

export function Confirmation({
  locale,
  restaurant,
  confirmation,
  embedded = false,
}: {
  locale: Locale
  restaurant: RestaurantForBooking
  confirmation: BookingConfirmation
  /** in the booking widget: our other pages and Stripe's refuse to open inside another site's frame */
  embedded?: boolean
}) {
  const t = messagesFor(locale).wizard
  const newTab = embedded ? ({ target: '_blank', rel: 'noopener' } as const) : {}
  const newTabHint = embedded ? <span className="visually-hidden"> {t.newTab}</span> : null
  const when = formatInstant(confirmation.startsAt, restaurant.timeZone, locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' })
  const pending = confirmation.status === 'pending_payment'
  return (
    <div className="confirmation">
      <p className="notice" role="status">
        {pending && confirmation.holdExpiresAt
          ? t.pendingText(formatInstant(confirmation.holdExpiresAt, restaurant.timeZone, locale, { hour: '2-digit', minute: '2-digit' }))
          : t.doneTitle}
      </p>
      {pending && confirmation.paymentUrl ? (
        // Followed by the diner's own click, so no browser takes the new tab for a pop-up.
        <p>
          <a className="button" href={confirmation.paymentUrl} {...newTab}>
            {t.payDeposit}
            {newTabHint}
          </a>
        </p>
      ) : null}
      <dl className="summary">
        <dt>{t.reference}</dt>
        <dd className="reference">{confirmation.reference}</dd>
        <dt>{t.when}</dt>
        <dd>{when}</dd>
        <dt>{t.party}</dt>
        <dd>{t.guests(confirmation.partySize)}</dd>
        {confirmation.deposit ? (
          <>
            <dt>{t.deposit}</dt>
            <dd>{formatMoney(confirmation.deposit.amountMinor, confirmation.deposit.currency, locale)}</dd>
          </>
        ) : null}
      </dl>
      <p>
        <a className="button" href={confirmation.calendarUrl} download={`reservation-${confirmation.reference}.ics`}>
          {t.addToCalendar}
        </a>
      </p>
      <p>
        <a href={confirmation.manageUrl} {...newTab}>
          {t.manageLink}
          {newTabHint}
        </a>
      </p>
      <p className="hint">{t.manageHint}</p>
    </div>
  )
}
