import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

import { isStaff } from '@/infrastructure/access/roles'
import { isLocale, type Locale } from '@/i18n/config'
import { SLUG_PATTERN } from '@/domain/slugify'
import { refusal, requestLanguage } from '@/infrastructure/http/respond'
import { siteRestaurants, siteShape } from '@/utilities/content'
import { getPayloadClient } from '@/utilities/getPayloadClient'
import { cmsPagePath } from '@/utilities/sitePaths'

/** Where the page lives now: its restaurant's URL, or the group's (sitePaths' rules). */
async function pagePath(locale: Locale, slug: string, restaurantId: string | null): Promise<string> {
  const [site, restaurants] = await Promise.all([siteShape(locale), siteRestaurants(locale)])
  const restaurant = restaurants.find((r) => String(r.id) === restaurantId)?.slug ?? null
  return cmsPagePath(site, locale, { slug, restaurant })
}

/**
 * Draft preview for editors (the admin's Preview button and live-preview iframe): only a signed-in
 * staff member turns on Next's draft mode, then lands on the page, which now renders drafts.
 */
export async function GET(request: Request) {
  const url = new URL(request.url)
  const slug = url.searchParams.get('slug') ?? 'home'
  const locale = url.searchParams.get('locale') ?? 'fr'
  if (!isLocale(locale) || !SLUG_PATTERN.test(slug)) {
    return refusal(400, 'invalid', requestLanguage(request), isLocale(locale) ? 'slug' : 'locale')
  }
  const payload = await getPayloadClient()
  const { user } = await payload.auth({ headers: request.headers })
  if (!isStaff(user)) {
    return refusal(401, 'unauthorized', requestLanguage(request))
  }
  ;(await draftMode()).enable()
  redirect(await pagePath(locale, slug, url.searchParams.get('restaurant')))
}
