import Link from 'next/link'

import type { Locale } from '@/i18n/config'
import { messagesFor } from '@/i18n/messages'
import type { Page } from '@/payload-types'

import { HeroImage } from './HeroImage'
import { MediaImage } from './MediaImage'

/** A page's hero; its button books at `bookHref` (the restaurant whose page it is, or the site's). */
export function PageHero({ hero, locale, bookHref, priority }: { hero: Page['hero']; locale: Locale; bookHref: string; priority?: boolean }) {
  if (!hero?.heading) return null
  const t = messagesFor(locale)
  return (
    <section className="hero">
      {priority ? (
        <HeroImage media={hero.image} className="hero__image" />
      ) : (
        <MediaImage media={hero.image} sizes="100vw" className="hero__image" quality={60} fill />
      )}
      <div className="container hero__text">
        <h1>{hero.heading}</h1>
        {hero.subheading ? <p>{hero.subheading}</p> : null}
        <Link className="button" href={bookHref}>
          {t.book}
        </Link>
      </div>
    </section>
  )
}
