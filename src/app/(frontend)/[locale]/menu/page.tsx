import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { MenuBrowser, type MenuDish } from '@/components/MenuBrowser'
import { JsonLd } from '@/components/JsonLd'
import type { Allergen, DietaryTag } from '@/domain/menu/allergens'
import { minorToDecimalString } from '@/domain/money'
import { isLocale } from '@/i18n/config'
import { messagesFor } from '@/i18n/messages'
import type { Media } from '@/payload-types'
import { restaurantMenu, siteShape } from '@/utilities/content'
import { localMediaUrl } from '@/utilities/localMediaUrl'
import { absoluteUrl, restaurantOfRoute, restaurantPath, restaurantRouteMetadata } from '@/utilities/sitePaths'

// Also the page of /{locale}/{restaurant}/menu (re-exported there): `slug` names the restaurant;
// without it, the site's own restaurant (sitePaths.ts sends each URL to its canonical one).
type Props = { params: Promise<{ locale: string; slug?: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  if (!isLocale(locale)) return {}
  return restaurantRouteMetadata(locale, slug, 'menu', messagesFor(locale).menu.title)
}

export default async function MenuPage({ params }: Props) {
  const { locale, slug } = await params
  if (!isLocale(locale)) notFound()
  const restaurant = await restaurantOfRoute(locale, slug, 'menu')
  const site = await siteShape(locale)
  const { categories, items } = await restaurantMenu(restaurant.id, locale)
  const dishes: MenuDish[] = items.map((d) => {
    const media = typeof d.image === 'object' ? (d.image as Media | null) : null
    const card = media?.sizes?.card
    return {
      id: d.id,
      name: d.name,
      description: d.description ?? null,
      priceMinor: d.priceMinor,
      allergens: (d.allergens ?? []) as Allergen[],
      dietary: (d.dietary ?? []) as DietaryTag[],
      available: d.available !== false,
      categoryId: typeof d.category === 'object' ? d.category.id : d.category,
      image: media?.url
        ? { src: localMediaUrl(card?.url ?? media.url), alt: media.alt ?? '', width: card?.width ?? media.width ?? 768, height: card?.height ?? media.height ?? 512 }
        : null,
    }
  })
  const t = messagesFor(locale).menu
  return (
    <div className="container page">
      <JsonLd
        data={{
          '@context': 'https://schema.org',
          '@type': 'Menu',
          name: `${t.title} — ${restaurant.name}`,
          inLanguage: locale,
          url: absoluteUrl(restaurantPath(site, locale, restaurant.slug, 'menu')),
          hasMenuSection: categories.map((c) => ({
            '@type': 'MenuSection',
            name: c.name,
            hasMenuItem: dishes
              .filter((d) => d.categoryId === c.id)
              .map((d) => ({
                '@type': 'MenuItem',
                name: d.name,
                description: d.description ?? undefined,
                offers: { '@type': 'Offer', price: minorToDecimalString(d.priceMinor, restaurant.currency ?? 'EUR'), priceCurrency: restaurant.currency ?? 'EUR' },
              })),
          })),
        }}
      />
      <h1>{t.title}</h1>
      <MenuBrowser locale={locale} categories={categories.map((c) => ({ id: c.id, name: c.name, description: c.description ?? null }))} dishes={dishes} currency={restaurant.currency ?? 'EUR'} />
    </div>
  )
}
