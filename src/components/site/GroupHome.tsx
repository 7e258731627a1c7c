import Link from 'next/link'

import { formatLocalDate } from '@/components/booking/format'
import { JsonLd } from '@/components/JsonLd'
import { MediaImage } from '@/components/MediaImage'
import { PageHero } from '@/components/PageHero'
import { RenderBlocks } from '@/components/RenderBlocks'
import type { Locale } from '@/i18n/config'
import { messagesFor } from '@/i18n/messages'
import type { Page, Restaurant } from '@/payload-types'
import type { NextTimes } from '@/plugins/reservations'
import type { LinkContext } from '@/utilities/content'
import { absoluteUrl, restaurantPath } from '@/utilities/sitePaths'

import { restaurantSchema } from './RestaurantJsonLd'

type Card = { restaurant: Restaurant; next: NextTimes }

/**
 * The group's home: its own CMS home page when there is one (an intro), then every restaurant as a
 * card with its photo, cuisine, city and the next free times for two, each a way into its wizard.
 */
export function GroupHome({ siteName, intro, cards, locale, links }: { siteName: string; intro: Page | null; cards: Card[]; locale: Locale; links: LinkContext }) {
  const t = messagesFor(locale)
  const { site } = links
  const path = (r: Restaurant, page: string, query?: string) => restaurantPath(site, locale, r.slug, page, query)
  return (
    <>
      <JsonLd
        data={{
          '@context': 'https://schema.org',
          '@type': 'Organization',
          name: siteName,
          url: absoluteUrl(`/${locale}`),
          subOrganization: cards.map(({ restaurant }) => restaurantSchema(restaurant, site, locale)),
          owns: {
            '@type': 'ItemList',
            itemListElement: cards.map(({ restaurant }, i) => ({ '@type': 'ListItem', position: i + 1, url: absoluteUrl(path(restaurant, 'home')), name: restaurant.name })),
          },
        }}
      />
      {intro?.hero?.heading && site.siteRestaurant ? <PageHero hero={intro.hero} locale={locale} bookHref={restaurantPath(site, locale, site.siteRestaurant, 'book')} /> : null}
      <div className="container page">
        {intro?.hero?.heading ? null : <h1>{intro?.title ?? siteName}</h1>}
        {intro ? <RenderBlocks blocks={intro.layout ?? []} locale={locale} links={links} restaurantId={null} /> : null}
        <section aria-labelledby="restaurants-title">
          <h2 id="restaurants-title">{t.group.restaurants}</h2>
          <ul className="restaurant-cards">
            {cards.map(({ restaurant, next }, i) => (
              <li key={restaurant.id} className="restaurant-card">
                <MediaImage media={restaurant.heroImage} sizes="(min-width: 900px) 440px, 92vw" className="restaurant-card__image" priority={i === 0} quality={60} />
                <div className="restaurant-card__body">
                  <h3>
                    <Link href={path(restaurant, 'home')}>{restaurant.name}</Link>
                  </h3>
                  <p className="restaurant-card__facts">{[restaurant.cuisine, restaurant.address?.city].filter(Boolean).join(' · ')}</p>
                  {restaurant.tagline ? <p>{restaurant.tagline}</p> : null}
                  {next && next.times.length ? (
                    <p>
                      <strong>{t.group.nextTimes}</strong>
                      <br />
                      {formatLocalDate(next.date, locale)} — <span className="restaurant-card__times">{next.times.join(' · ')}</span>
                    </p>
                  ) : (
                    <p>{t.group.noTimes}</p>
                  )}
                  <p className="restaurant-card__links">
                    <Link className="button" href={path(restaurant, 'book', next ? `date=${next.date}&party=2` : undefined)}>
                      {t.book}
                      <span className="visually-hidden"> — {restaurant.name}</span>
                    </Link>{' '}
                    <Link href={path(restaurant, 'menu')}>
                      {t.menu.title}
                      <span className="visually-hidden"> — {restaurant.name}</span>
                    </Link>
                  </p>
                </div>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </>
  )
}
