import { formatInstant } from '@/components/booking/format'
import type { AccountBooking } from '@/collections/Customers/services/dinerData'
import { accountMessagesFor } from '@/i18n/account'
import type { Locale } from '@/i18n/config'
import { messagesFor } from '@/i18n/messages'

/** The diner's bookings, each in its restaurant's time zone, with its private management link. */
export function BookingList({ locale, bookings, manageLabel }: { locale: Locale; bookings: AccountBooking[]; manageLabel: string }) {
  const t = accountMessagesFor(locale)
  const status = messagesFor(locale).manage.status as Record<string, string>
  if (bookings.length === 0) {
    return (
      <p className="hint">
        {t.none} {t.noneHint}
      </p>
    )
  }
  return (
    <ul className="account__bookings">
      {bookings.map((booking) => {
        const timeZone = booking.restaurant?.timeZone ?? 'Europe/Paris'
        const when = formatInstant(booking.startsAt, timeZone, locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' })
        return (
          <li key={booking.reference} className="card">
            <p className="account__when">{when}</p>
            <p>
              {booking.restaurant?.name} · {t.people(booking.partySize)} · {status[booking.status] ?? booking.status}
            </p>
            <p className="hint">
              <span className="reference">{booking.reference}</span>
            </p>
            {booking.manageUrl ? (
              <a href={booking.manageUrl} aria-label={`${manageLabel} ${booking.reference}`}>
                {manageLabel}
              </a>
            ) : null}
          </li>
        )
      })}
    </ul>
  )
}
