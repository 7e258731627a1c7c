import type { ReactNode } from 'react'

import { RestaurantInfo, RestaurantNav } from '@/components/site/RestaurantFrame'
import { isLocale } from '@/i18n/config'
import { restaurantBySlug, siteShape } from '@/utilities/content'

/** Rendered on first visit, then served from the cache (see ../layout.tsx). */
export function generateStaticParams() {
  return []
}

/**
 * Inside a restaurant of a group (`/{locale}/{restaurant}/…`), its bar and details frame its pages
 * within the group's header and footer. Group pages and redirects below this segment get nothing.
 */
export default async function RestaurantLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params
  if (!isLocale(locale)) return children
  const [site, restaurant] = await Promise.all([siteShape(locale), restaurantBySlug(slug, locale)])
  if (!site.group || !restaurant) return children
  return (
    <>
      <RestaurantNav restaurant={restaurant} locale={locale} />
      {children}
      <RestaurantInfo restaurant={restaurant} locale={locale} />
    </>
  )
}
