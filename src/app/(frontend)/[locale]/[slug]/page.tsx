import type { Metadata } from 'next'
import { notFound, redirect } from 'next/navigation'

import { ContactDetails } from '@/components/ContactDetails'
import { ContactForm } from '@/components/ContactForm'
import { PageHero } from '@/components/PageHero'
import { RenderBlocks } from '@/components/RenderBlocks'
import { isLocale } from '@/i18n/config'
import { findPage, siteRestaurant } from '@/utilities/content'
import { alternatesFor } from '@/utilities/pageMetadata'

type Props = { params: Promise<{ locale: string; slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  if (!isLocale(locale)) return {}
  const page = await findPage(slug, locale)
  if (!page) return {}
  return {
    title: page.meta?.title ?? page.title,
    description: page.meta?.description ?? undefined,
    alternates: alternatesFor(locale, `/${slug}`),
  }
}

/** Any CMS page by its slug, built from its blocks; the contact page also shows hours and the form. */
export default async function CmsPage({ params }: Props) {
  const { locale, slug } = await params
  if (!isLocale(locale)) notFound()
  if (slug === 'home') redirect(`/${locale}`)
  const page = await findPage(slug, locale)
  if (!page) notFound()
  const restaurant = slug === 'contact' ? await siteRestaurant(locale) : null
  return (
    <>
      <PageHero hero={page.hero} locale={locale} />
      <div className="container home-grid">
        <div>
          {page.hero?.heading ? null : <h1>{page.title}</h1>}
          <RenderBlocks blocks={page.layout ?? []} locale={locale} />
          {restaurant ? <ContactForm locale={locale} restaurantId={restaurant.id} /> : null}
        </div>
        {restaurant ? <ContactDetails restaurant={restaurant} locale={locale} /> : null}
      </div>
    </>
  )
}
