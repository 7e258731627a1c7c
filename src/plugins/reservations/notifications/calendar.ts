import { bookingIcs } from '../../../domain/calendar/ics'
import type { Reservation, Restaurant } from '../../../payload-types'

import { postalAddress } from './view'

/** The booking as a calendar event, the same in the confirmation email and behind "add to calendar". */
export function reservationCalendar(reservation: Reservation, restaurant: Restaurant, locale: 'fr' | 'en', manageUrl: string): string {
  const fr = locale === 'fr'
  const party = reservation.partySize
  return bookingIcs({
    uid: `${reservation.reference}@techplus`,
    start: new Date(reservation.startsAt),
    end: new Date(reservation.endsAt),
    title: fr ? `${restaurant.name} — table pour ${party}` : `${restaurant.name} — table for ${party}`,
    description: `${fr ? 'Référence' : 'Reference'} ${reservation.reference}\n${fr ? 'Modifier ou annuler' : 'Change or cancel'}: ${manageUrl}`,
    location: [restaurant.name, postalAddress(restaurant)].filter(Boolean).join(', '),
    url: manageUrl,
  })
}
