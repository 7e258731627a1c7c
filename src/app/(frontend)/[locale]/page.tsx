import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { GroupHome } from '@/components/site/GroupHome'
import { RestaurantHome } from '@/components/site/RestaurantHome'
import { isLocale, type Locale } from '@/i18n/config'
import { nextFreeTimes } from '@/plugins/reservations'
import { findPage, linkContext, siteGlobal, siteRestaurant, siteRestaurants, siteShape } from '@/utilities/content'
import { getPayloadClient } from '@/utilities/getPayloadClient'
import { alternatesFor } from '@/utilities/pageMetadata'

type Props = { params: Promise<{ locale: string }> }

/** The group home shows each restaurant's next free times: re-rendered at most a minute apart. */
export const revalidate = 60

/** The home's CMS page: the group's own on a group site; on a single site the restaurant's, else the site's. */
async function homePage(locale: Locale) {
  const [site, own] = await Promise.all([siteShape(locale), siteRestaurant(locale)])
  if (site.group || !own) return findPage('home', locale, null)
  return (await findPage('home', locale, own.id)) ?? (await findPage('home', locale, null))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const [page, settings] = await Promise.all([homePage(locale), siteGlobal('site-settings', locale)])
  return {
    title: page?.meta?.title ?? page?.title ?? settings.siteName,
    description: page?.meta?.description ?? settings.description ?? undefined,
    alternates: alternatesFor(locale, ''),
  }
}

/** A group's home lists its restaurants; a single restaurant's site opens on that restaurant's home. */
export default async function HomePage({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const [site, page, own] = await Promise.all([siteShape(locale), homePage(locale), siteRestaurant(locale)])
  if (!site.group) {
    if (!own) notFound()
    return <RestaurantHome restaurant={own} page={page} locale={locale} links={await linkContext(locale, own.slug)} />
  }
  const [restaurants, settings, links, payload] = await Promise.all([siteRestaurants(locale), siteGlobal('site-settings', locale), linkContext(locale), getPayloadClient()])
  // Two seats, the party most diners book for; each card asks the same engine as the wizard.
  const cards = await Promise.all(restaurants.map(async (restaurant) => ({ restaurant, next: await nextFreeTimes(payload, restaurant.slug, 2) })))
  return <GroupHome siteName={settings.siteName} intro={page} cards={cards} locale={locale} links={links} />
}
