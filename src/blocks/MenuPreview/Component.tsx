import { MediaImage } from '@/components/MediaImage'
import { formatMinor } from '@/domain/money'
import type { Locale } from '@/i18n/config'
import { messagesFor } from '@/i18n/messages'
import type { MenuPreviewBlock as MenuPreviewProps } from '@/payload-types'
import { getPayloadClient } from '@/utilities/getPayloadClient'

/** Featured dishes of the page's restaurant (any restaurant's on a group page). */
export async function MenuPreviewBlock({ heading, limit, locale, restaurantId }: MenuPreviewProps & { locale: Locale; restaurantId: number | null }) {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'menu-items',
    where: { featured: { equals: true }, available: { equals: true }, ...(restaurantId === null ? {} : { restaurant: { equals: restaurantId } }) },
    locale,
    limit: limit ?? 6,
    depth: 1,
    sort: 'order',
  })
  return (
    <section aria-labelledby="menu-preview-title">
      <h2 id="menu-preview-title">{heading || messagesFor(locale).featured}</h2>
      <ul className="dishes">
        {docs.map((dish) => (
          <li key={dish.id} className="dish">
            <MediaImage media={dish.image} sizes="(min-width: 900px) 240px, (min-width: 500px) 45vw, 92vw" />
            <div className="dish__body">
              <h3 className="dish__name">{dish.name}</h3>
              {dish.description ? <p>{dish.description}</p> : null}
              <span className="dish__price">{formatMinor(dish.priceMinor, typeof dish.restaurant === 'object' ? (dish.restaurant.currency ?? 'EUR') : 'EUR', locale)}</span>
            </div>
          </li>
        ))}
      </ul>
    </section>
  )
}
