import type { Locale } from '@/i18n/config'
import { messagesFor } from '@/i18n/messages'
import type { Restaurant } from '@/payload-types'

const WEEK = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const

/** The weekly services as a diner reads them: one line per day. */
export function OpeningHours({ restaurant, locale }: { restaurant: Restaurant; locale: Locale }) {
  const t = messagesFor(locale)
  const services = restaurant.services ?? []
  return (
    <aside className="card hours" aria-labelledby="hours-title">
      <h2 id="hours-title">{t.hours}</h2>
      <dl>
        {WEEK.map((day) => {
          const open = services.filter((s) => s.days?.includes(day))
          return (
            <div key={day} style={{ display: 'contents' }}>
              <dt>{t.days[day]}</dt>
              <dd>{open.length ? open.map((s) => `${s.name} ${s.start}–${s.end}`).join(' · ') : t.closed}</dd>
            </div>
          )
        })}
      </dl>
      {restaurant.address?.street ? (
        <p>
          <strong>{t.address}</strong>
          <br />
          {restaurant.address.street}, {restaurant.address.postalCode} {restaurant.address.city}
        </p>
      ) : null}
      {restaurant.phone ? (
        <p>
          <strong>{t.phone}</strong> <a href={`tel:${restaurant.phone.replace(/\s/g, '')}`}>{restaurant.phone}</a>
        </p>
      ) : null}
    </aside>
  )
}
