import { bookingIcs } from '../../../domain/calendar/ics'
import type { Reservation, Restaurant } from '../../../payload-types'

import { emailTranslator } from './templates'
import type { Locale } from './templates/types'
import { postalAddress } from './view'

/** The booking as a calendar event, the same in the confirmation email and behind "add to calendar". */
export function reservationCalendar(reservation: Reservation, restaurant: Restaurant, locale: Locale, manageUrl: string): string {
  const { t } = emailTranslator(locale)
  return bookingIcs({
    uid: `${reservation.reference}@techplus`,
    start: new Date(reservation.startsAt),
    end: new Date(reservation.endsAt),
    title: t('calendarTitle', { restaurant: restaurant.name, partySize: reservation.partySize }),
    description: t('calendarDescription', { reference: reservation.reference, url: manageUrl }),
    location: [restaurant.name, postalAddress(restaurant)].filter(Boolean).join(', '),
    url: manageUrl,
  })
}
