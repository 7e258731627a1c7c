import Link from 'next/link'

import type { Locale } from '@/i18n/config'
import { messagesFor } from '@/i18n/messages'
import type { Restaurant } from '@/payload-types'
import { restaurantPages, siteShape } from '@/utilities/content'
import { restaurantPath } from '@/utilities/sitePaths'

/** Inside a restaurant of a group, under the group's header: its name and its own pages. */
export async function RestaurantNav({ restaurant, locale }: { restaurant: Restaurant; locale: Locale }) {
  const [site, pages] = await Promise.all([siteShape(locale), restaurantPages(restaurant.id, locale)])
  const t = messagesFor(locale)
  const path = (page: string) => restaurantPath(site, locale, restaurant.slug, page)
  return (
    <nav className="restaurant-nav" aria-label={t.group.restaurantNav(restaurant.name)}>
      <div className="container">
        <Link className="restaurant-nav__name" href={path('home')}>
          {restaurant.name}
        </Link>
        <ul className="nav">
          <li>
            <Link href={path('menu')}>{t.menu.title}</Link>
          </li>
          {pages.map((page) => (
            <li key={page.slug}>
              <Link href={path(page.slug)}>{page.title}</Link>
            </li>
          ))}
        </ul>
      </div>
    </nav>
  )
}

/** Inside a restaurant of a group, above the group's footer: where it is and how to reach it. */
export function RestaurantInfo({ restaurant, locale }: { restaurant: Restaurant; locale: Locale }) {
  const t = messagesFor(locale)
  const a = restaurant.address
  return (
    <section className="restaurant-info" aria-label={t.group.info(restaurant.name)}>
      <div className="container">
        <p>
          <strong>{restaurant.name}</strong>
          {a?.street ? (
            <>
              <br />
              {a.street}, {a.postalCode} {a.city}
            </>
          ) : null}
        </p>
        <p>
          {restaurant.phone ? (
            <>
              <a href={`tel:${restaurant.phone.replace(/\s+/g, '')}`} aria-label={`${t.phone} ${restaurant.phone}`}>
                {restaurant.phone}
              </a>
              <br />
            </>
          ) : null}
          {restaurant.email ? (
            <>
              <a href={`mailto:${restaurant.email}`}>{restaurant.email}</a>
            </>
          ) : null}
        </p>
        <p>
          <Link href={`/${locale}`}>{t.group.allRestaurants}</Link>
        </p>
      </div>
    </section>
  )
}
