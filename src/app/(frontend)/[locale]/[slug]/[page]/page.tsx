import type { Metadata } from 'next'
import { notFound, permanentRedirect } from 'next/navigation'

import { CmsPageView } from '@/components/site/CmsPageView'
import { isLocale } from '@/i18n/config'
import { findPage, linkContext, restaurantBySlug, siteShape } from '@/utilities/content'
import { alternatesOf } from '@/utilities/pageMetadata'
import { restaurantPath } from '@/utilities/sitePaths'

type Props = { params: Promise<{ locale: string; slug: string; page: string }> }

/** A restaurant's CMS page (`/en/la-cantine-du-port/about`); on a single site, its short URL is canonical. */
async function restaurantPage(locale: 'fr' | 'en', slug: string, pageSlug: string) {
  const [site, restaurant] = await Promise.all([siteShape(locale), restaurantBySlug(slug, locale)])
  if (!restaurant) return null
  const page = await findPage(pageSlug, locale, restaurant.id)
  return page ? { site, restaurant, page, path: restaurantPath(site, locale, restaurant.slug, pageSlug) } : null
}

/** Rendered on first visit, then served from the cache (see ../layout.tsx). */
export function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug, page: pageSlug } = await params
  if (!isLocale(locale)) return {}
  const found = await restaurantPage(locale, slug, pageSlug)
  if (!found) return {}
  return { title: found.page.meta?.title ?? found.page.title, description: found.page.meta?.description ?? undefined, alternates: alternatesOf(found.path) }
}

export default async function RestaurantCmsPage({ params }: Props) {
  const { locale, slug, page: pageSlug } = await params
  if (!isLocale(locale)) notFound()
  if (pageSlug === 'home') permanentRedirect(`/${locale}/${slug}`)
  const found = await restaurantPage(locale, slug, pageSlug)
  if (!found) notFound()
  if (!found.site.group) permanentRedirect(found.path)
  return <CmsPageView page={found.page} restaurant={found.restaurant} locale={locale} links={await linkContext(locale, found.restaurant.slug)} />
}
