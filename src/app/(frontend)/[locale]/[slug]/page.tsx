import type { Metadata } from 'next'
import { notFound, permanentRedirect } from 'next/navigation'

import { CmsPageView } from '@/components/site/CmsPageView'
import { RestaurantHome } from '@/components/site/RestaurantHome'
import { isLocale, type Locale } from '@/i18n/config'
import type { Page, Restaurant } from '@/payload-types'
import { findPage, linkContext, restaurantBySlug, siteRestaurant, siteShape } from '@/utilities/content'
import { alternatesOf } from '@/utilities/pageMetadata'
import { groupPagePath, restaurantPath } from '@/utilities/sitePaths'

type Props = { params: Promise<{ locale: string; slug: string }> }

type Resolved =
  | { kind: 'restaurant'; restaurant: Restaurant; page: Page | null; path: string }
  | { kind: 'page'; restaurant: Restaurant | null; page: Page; path: string }
  | { kind: 'redirect'; to: string }
  | null

/**
 * One dynamic segment serves three things (Next allows one name per level), tried in this order:
 * a restaurant's home (`/en/la-cantine-du-port`), a page of the group (`/en/careers`), and a page of
 * the site's own restaurant (`/en/about`: its URL on a single site, a permanent redirect in a group).
 */
async function resolve(locale: Locale, slug: string): Promise<Resolved> {
  const [site, restaurant] = await Promise.all([siteShape(locale), restaurantBySlug(slug, locale)])
  if (restaurant) {
    if (!site.group) return { kind: 'redirect', to: `/${locale}` }
    return { kind: 'restaurant', restaurant, page: await findPage('home', locale, restaurant.id), path: restaurantPath(site, locale, slug) }
  }
  const groupPage = await findPage(slug, locale, null)
  const own = await siteRestaurant(locale)
  if (groupPage) return { kind: 'page', restaurant: site.group ? null : own, page: groupPage, path: groupPagePath(locale, slug) }
  if (!own) return null
  const ownPage = await findPage(slug, locale, own.id)
  if (!ownPage) return null
  if (site.group) return { kind: 'redirect', to: restaurantPath(site, locale, own.slug, slug) }
  return { kind: 'page', restaurant: own, page: ownPage, path: restaurantPath(site, locale, own.slug, slug) }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  if (!isLocale(locale)) return {}
  const found = await resolve(locale, slug)
  if (!found || found.kind === 'redirect') return {}
  const title = found.page?.meta?.title ?? found.page?.title ?? found.restaurant?.name
  const description = found.page?.meta?.description ?? found.restaurant?.tagline ?? undefined
  return { title, description, alternates: alternatesOf(found.path) }
}

export default async function SlugPage({ params }: Props) {
  const { locale, slug } = await params
  if (!isLocale(locale)) notFound()
  if (slug === 'home') permanentRedirect(`/${locale}`)
  const found = await resolve(locale, slug)
  if (!found) notFound()
  if (found.kind === 'redirect') permanentRedirect(found.to)
  if (found.kind === 'restaurant') {
    return <RestaurantHome restaurant={found.restaurant} page={found.page} locale={locale} links={await linkContext(locale, found.restaurant.slug)} />
  }
  const links = await linkContext(locale, found.page.restaurant ? (found.restaurant?.slug ?? null) : null)
  return <CmsPageView page={found.page} restaurant={found.restaurant} locale={locale} links={links} />
}
