import { OpeningHours } from '@/components/OpeningHours'
import { PageHero } from '@/components/PageHero'
import { RenderBlocks } from '@/components/RenderBlocks'
import type { Locale } from '@/i18n/config'
import type { Page, Restaurant } from '@/payload-types'
import type { LinkContext } from '@/utilities/content'
import { restaurantPath } from '@/utilities/sitePaths'

import { RestaurantJsonLd } from './RestaurantJsonLd'

/**
 * A restaurant's home: its CMS home page (hero and blocks) with its hours, or, when it has none yet,
 * a hero made of its name, tagline and photo, so a new restaurant of the group is never a 404.
 */
export function RestaurantHome({ restaurant, page, locale, links }: { restaurant: Restaurant; page: Page | null; locale: Locale; links: LinkContext }) {
  const hero: Page['hero'] = page?.hero?.heading ? page.hero : { heading: restaurant.name, subheading: restaurant.tagline ?? null, image: restaurant.heroImage ?? null }
  return (
    <>
      <RestaurantJsonLd restaurant={restaurant} site={links.site} locale={locale} />
      <PageHero hero={hero} locale={locale} bookHref={restaurantPath(links.site, locale, restaurant.slug, 'book')} priority />
      <div className="container home-grid">
        <div>{page ? <RenderBlocks blocks={page.layout ?? []} locale={locale} links={links} restaurantId={restaurant.id} /> : restaurant.description ? <p>{restaurant.description}</p> : null}</div>
        <OpeningHours restaurant={restaurant} locale={locale} />
      </div>
    </>
  )
}
