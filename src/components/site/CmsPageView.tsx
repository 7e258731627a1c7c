import { ContactDetails } from '@/components/ContactDetails'
import { ContactForm } from '@/components/ContactForm'
import { PageHero } from '@/components/PageHero'
import { RenderBlocks } from '@/components/RenderBlocks'
import type { Locale } from '@/i18n/config'
import type { Page, Restaurant } from '@/payload-types'
import type { LinkContext } from '@/utilities/content'
import { restaurantPath } from '@/utilities/sitePaths'

/**
 * Any CMS page, built from its blocks. A restaurant's contact page also shows its hours, address and
 * the form that writes to it. `restaurant` is the page's (null for a group page).
 */
export function CmsPageView({ page, restaurant, locale, links }: { page: Page; restaurant: Restaurant | null; locale: Locale; links: LinkContext }) {
  const contact = page.slug === 'contact' && restaurant ? restaurant : null
  const bookAt = restaurant?.slug ?? links.site.siteRestaurant
  const bookHref = bookAt ? restaurantPath(links.site, locale, bookAt, 'book') : `/${locale}`
  return (
    <>
      <PageHero hero={page.hero} locale={locale} bookHref={bookHref} />
      <div className="container home-grid">
        <div>
          {page.hero?.heading ? null : <h1>{page.title}</h1>}
          <RenderBlocks blocks={page.layout ?? []} locale={locale} links={links} restaurantId={restaurant?.id ?? null} />
          {contact ? <ContactForm locale={locale} restaurantId={contact.id} /> : null}
        </div>
        {contact ? <ContactDetails restaurant={contact} locale={locale} /> : null}
      </div>
    </>
  )
}
