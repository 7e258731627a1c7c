import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { OpeningHours } from '@/components/OpeningHours'
import { PageHero } from '@/components/PageHero'
import { RenderBlocks } from '@/components/RenderBlocks'
import { isLocale, LOCALES } from '@/i18n/config'
import { findPage, siteRestaurant } from '@/utilities/content'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const page = await findPage('home', locale)
  return {
    title: page?.meta?.title ?? page?.title,
    description: page?.meta?.description ?? undefined,
    alternates: { canonical: `/${locale}`, languages: Object.fromEntries(LOCALES.map((l) => [l, `/${l}`])) },
  }
}

export default async function HomePage({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const [page, restaurant] = await Promise.all([findPage('home', locale), siteRestaurant(locale)])
  if (!page) notFound()
  return (
    <>
      <PageHero hero={page.hero} locale={locale} priority />
      <div className="container home-grid">
        <RenderBlocks blocks={page.layout ?? []} locale={locale} />
        {restaurant ? <OpeningHours restaurant={restaurant} locale={locale} /> : null}
      </div>
    </>
  )
}
