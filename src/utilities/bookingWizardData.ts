import type { ComponentProps } from 'react'

import type { BookingWizard } from '@/components/booking/BookingWizard'
import { localDateOf } from '@/domain/availability/localTime'
import { bookingWindow, inWindow, monthOf, monthRange } from '@/domain/calendar/monthGrid'
import { localDateSchema, partySizeSchema } from '@/domain/schemas/booking'
import type { Locale } from '@/i18n/config'
import type { Restaurant } from '@/payload-types'
import { daysBetweenDates } from '@/plugins/reservations'

import { currentDiner } from './currentDiner'
import { getPayloadClient } from './getPayloadClient'
import { restaurantForBooking } from './restaurantForBooking'

type Query = Record<string, string | string[] | undefined>

/** A waitlist offer (or any link) may open the wizard on a day and party size: ?date=2026-12-24&party=4. */
function preselection(query: Query) {
  const date = localDateSchema.safeParse(query.date)
  const party = partySizeSchema.safeParse(query.party)
  return { date: date.success ? date.data : null, party: party.success ? party.data : 2 }
}

/**
 * Everything the booking wizard is rendered with: the restaurant, its today, the month the calendar
 * opens on (computed here so it arrives with the HTML: the month of the chosen day, else this one)
 * and, for a signed-in diner, their details to prefill (`prefill: false` on another site's page).
 */
export async function bookingWizardData(
  restaurant: Restaurant,
  locale: Locale,
  query: Query,
  { prefill = true }: { prefill?: boolean } = {},
): Promise<ComponentProps<typeof BookingWizard>> {
  const payload = await getPayloadClient()
  const forBooking = restaurantForBooking(restaurant, payload)
  const today = localDateOf(new Date(), restaurant.timeZone)
  const window = bookingWindow(today, forBooking.maxAdvanceDays)
  const chosen = preselection(query)
  const initialDate = chosen.date && inWindow(chosen.date, window) ? chosen.date : null
  const month = monthOf(initialDate ?? today)
  const range = monthRange(month, window)
  const [days, diner] = await Promise.all([
    range ? daysBetweenDates(payload, restaurant.slug, chosen.party, range.from, range.to) : [],
    prefill ? currentDiner().catch(() => null) : null,
  ])
  return {
    locale,
    restaurant: forBooking,
    today,
    initialMonth: { party: chosen.party, month, days },
    initialDate,
    prefill: diner ? { name: diner.name ?? '', email: diner.email, phone: await phoneOf(diner) } : null,
  }
}

/**
 * The number to prefill: the account's own when it has one, else the one last left with a booking
 * under the account's (verified) address, which the guest profile keeps.
 */
async function phoneOf(diner: { email: string; phone?: string | null }): Promise<string> {
  if (diner.phone) return diner.phone
  const payload = await getPayloadClient()
  const guests = await payload.find({ collection: 'guests', where: { email: { equals: diner.email.toLowerCase() } }, limit: 1, depth: 0, overrideAccess: true })
  return guests.docs[0]?.phone ?? ''
}
