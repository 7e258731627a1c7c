import { localDateOf } from '@/domain/availability/localTime'
import type { Locale } from '@/i18n/config'
import { messagesFor } from '@/i18n/messages'
import type { Restaurant } from '@/payload-types'

import { formatLocalDate } from './booking/format'
import { OpeningHours } from './OpeningHours'

/** Address with a map link, the weekly hours and the closures or special hours still to come. */
export function ContactDetails({ restaurant, locale }: { restaurant: Restaurant; locale: Locale }) {
  const t = messagesFor(locale)
  const today = localDateOf(new Date(), restaurant.timeZone)
  const upcoming = (restaurant.exceptions ?? []).filter((e) => (e.to || e.from) >= today)
  const { latitude, longitude } = restaurant.address ?? {}
  const map = latitude && longitude ? `https://www.openstreetmap.org/?mlat=${latitude}&mlon=${longitude}#map=18/${latitude}/${longitude}` : null
  return (
    <div className="contact-details">
      <OpeningHours restaurant={restaurant} locale={locale} />
      {map ? (
        <p>
          <a href={map} rel="noopener">
            {t.contact.map}
          </a>
        </p>
      ) : null}
      {restaurant.email ? (
        <p>
          <strong>{t.email}</strong> <a href={`mailto:${restaurant.email}`}>{restaurant.email}</a>
        </p>
      ) : null}
      {upcoming.length ? (
        <section aria-labelledby="exceptions-title">
          <h2 id="exceptions-title">{t.contact.exceptions}</h2>
          <ul>
            {upcoming.map((e) => (
              <li key={e.id}>
                {formatLocalDate(e.from, locale)}
                {e.to && e.to !== e.from ? ` ${t.contact.to} ${formatLocalDate(e.to, locale)}` : ''} — {e.label}
                {e.closed ? ` (${t.closed})` : `: ${(e.hours ?? []).map((h) => `${h.start}–${h.end}`).join(', ')}`}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  )
}
