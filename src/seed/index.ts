import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { CollectionSlug, Payload } from 'payload'

import type { Reservation } from '../payload-types'
import { categories, dishes } from './data/menu'
import { pages } from './data/pages'
import { richText } from './lexical'
import { demoGuests, demoReservations } from './reservations'
import { cantineDuPort, cantineTables, petitZinc, petitZincTables } from './restaurants'
import { DEMO_ACCOUNTS } from './accounts'

const imagesDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'images')

/** Children before parents, so relationships never point at deleted rows. */
const DEMO_COLLECTIONS: CollectionSlug[] = [
  'audit-log',
  'waitlist',
  'reservations',
  'guests',
  'contact-messages',
  'menu-items',
  'menu-categories',
  'tables',
  'pages',
  'users',
  'restaurants',
  'media',
]

type Id = number

/**
 * Fills the database with the demo: Le Petit Zinc (Paris) with its tables, menu, pages and a week of
 * bookings, plus La Cantine du Port to show that staff only see their own restaurant.
 * Replaces whatever demo content was there.
 */
export async function seed(payload: Payload, { now = new Date() }: { now?: Date } = {}): Promise<void> {
  const started = Date.now()
  const log = (msg: string) => payload.logger.info(`[seed] ${msg}`)

  for (const collection of DEMO_COLLECTIONS) {
    await payload.delete({ collection, where: { id: { exists: true } }, context: { seeding: true } })
  }

  log('restaurants')
  const zinc = await createRestaurant(payload, petitZinc(now))
  const cantine = await createRestaurant(payload, cantineDuPort())

  log('tables')
  const zincTables = await createTables(payload, zinc.id, petitZincTables)
  await createTables(payload, cantine.id, cantineTables)

  log('media')
  const image = async (file: string, alt: { fr: string; en: string }) => {
    const doc = await payload.create({ collection: 'media', data: { alt: alt.fr }, filePath: path.join(imagesDir, file), locale: 'fr' })
    await payload.update({ collection: 'media', id: doc.id, data: { alt: alt.en }, locale: 'en' })
    return doc.id
  }
  const heroId = await image('hero.jpg', { fr: 'La salle du Petit Zinc et son comptoir en zinc', en: 'The dining room of Le Petit Zinc and its zinc bar' })
  const aboutId = await image('about.jpg', { fr: 'La cuisine ouverte du Petit Zinc', en: 'The open kitchen at Le Petit Zinc' })
  const teamId = await image('team.jpg', { fr: "L'équipe du Petit Zinc", en: 'The Le Petit Zinc team' })
  await payload.update({ collection: 'restaurants', id: zinc.id, data: { heroImage: heroId } })

  log('menu')
  const categoryIds = new Map<string, Id>()
  const dishPhotos = new Map<string, Id>()
  for (const category of categories) {
    const doc = await payload.create({
      collection: 'menu-categories',
      locale: 'fr',
      data: { name: category.name.fr, slug: category.slug, description: category.description.fr, order: category.order, restaurant: zinc.id },
    })
    await payload.update({ collection: 'menu-categories', id: doc.id, locale: 'en', data: { name: category.name.en, description: category.description.en } })
    categoryIds.set(category.slug, doc.id)
  }
  for (const [index, dish] of dishes.entries()) {
    const category = categoryIds.get(dish.category)
    if (category === undefined) throw new Error(`Dish ${dish.slug} names unknown category ${dish.category}`)
    const photo = await image(dish.image, dish.name)
    dishPhotos.set(dish.slug, photo)
    const doc = await payload.create({
      collection: 'menu-items',
      locale: 'fr',
      data: {
        name: dish.name.fr,
        slug: dish.slug,
        description: dish.description.fr,
        priceMinor: dish.priceMinor,
        category,
        allergens: dish.allergens,
        dietary: dish.dietary,
        image: photo,
        featured: dish.featured ?? false,
        available: true,
        order: index,
        restaurant: zinc.id,
      },
    })
    await payload.update({ collection: 'menu-items', id: doc.id, locale: 'en', data: { name: dish.name.en, description: dish.description.en } })
  }

  log('pages')
  const pageIds = new Map<string, Id>()
  const pageImage: Record<string, Id> = { home: heroId, about: aboutId, contact: teamId }
  const photo = (slug: string) => {
    const id = dishPhotos.get(slug)
    if (id === undefined) throw new Error(`The about gallery names unknown dish ${slug}`)
    return id
  }
  const aboutGallery = (locale: 'fr' | 'en') => ({
    blockType: 'gallery' as const,
    heading: locale === 'fr' ? 'En images' : 'In pictures',
    images: [
      { media: heroId, caption: locale === 'fr' ? 'Le comptoir en zinc des années 1930' : 'The 1930s zinc bar' },
      { media: aboutId, caption: locale === 'fr' ? 'La cuisine ouverte' : 'The open kitchen' },
      { media: teamId, caption: locale === 'fr' ? 'L’équipe, avant le service' : 'The team, before service' },
      { media: photo('boeuf-bourguignon'), caption: locale === 'fr' ? 'Le bœuf bourguignon du dimanche' : 'Sunday’s bœuf bourguignon' },
      { media: photo('huitres-marennes-oleron'), caption: locale === 'fr' ? 'Huîtres de Marennes-Oléron' : 'Marennes-Oléron oysters' },
      { media: photo('tarte-tatin'), caption: locale === 'fr' ? 'La tarte Tatin d’Inès' : 'Inès’s tarte Tatin' },
    ],
  })
  for (const page of pages) {
    const layout = (locale: 'fr' | 'en') => [
      { blockType: 'content' as const, richText: richText(page.sections.map((s) => ({ heading: s.heading[locale], paragraphs: s.paragraphs[locale] }))) },
      ...(page.slug === 'home'
        ? [
            { blockType: 'menuPreview' as const, heading: locale === 'fr' ? 'À la carte cette semaine' : 'On the menu this week', limit: 6 },
            {
              blockType: 'cta' as const,
              heading: locale === 'fr' ? 'Une table vous attend' : 'A table is waiting for you',
              text: locale === 'fr' ? 'Réservez en quelques secondes, confirmation immédiate.' : 'Book in seconds, confirmed at once.',
              linkLabel: locale === 'fr' ? 'Réserver une table' : 'Book a table',
              href: '/book',
            },
          ]
        : []),
      ...(page.slug === 'about' ? [aboutGallery(locale)] : []),
    ]
    const doc = await payload.create({
      collection: 'pages',
      locale: 'fr',
      data: {
        title: page.title.fr,
        slug: page.slug,
        _status: 'published',
        hero: { heading: page.title.fr, subheading: page.intro.fr, image: pageImage[page.slug] },
        layout: layout('fr') as never,
        meta: { title: `${page.title.fr} — Le Petit Zinc`, description: page.metaDescription.fr, image: pageImage[page.slug] },
      },
    })
    // Blocks and gallery rows keep their ids so the English text lands in the same places.
    const fr = await payload.findByID({ collection: 'pages', id: doc.id, locale: 'fr', depth: 0 })
    const en = layout('en').map((block, i) => {
      const frBlock = fr.layout?.[i]
      if (block.blockType === 'gallery' && frBlock?.blockType === 'gallery') {
        return { ...block, id: frBlock.id, images: block.images.map((row, r) => ({ ...row, id: frBlock.images[r]?.id })) }
      }
      return { ...block, id: frBlock?.id }
    })
    await payload.update({
      collection: 'pages',
      id: doc.id,
      locale: 'en',
      data: {
        title: page.title.en,
        _status: 'published',
        hero: { heading: page.title.en, subheading: page.intro.en, image: pageImage[page.slug] },
        layout: en as never,
        meta: { title: `${page.title.en} — Le Petit Zinc`, description: page.metaDescription.en, image: pageImage[page.slug] },
      },
    })
    pageIds.set(page.slug, doc.id)
  }

  log('site globals')
  await payload.updateGlobal({
    slug: 'site-settings',
    locale: 'fr',
    data: { siteName: 'Le Petit Zinc', restaurant: zinc.id, description: petitZinc(now).fr.tagline, social: { instagram: 'https://instagram.com/lepetitzinc' } },
  })
  await payload.updateGlobal({ slug: 'site-settings', locale: 'en', data: { description: petitZinc(now).en.tagline } })
  const nav = (locale: 'fr' | 'en') => [
    { label: locale === 'fr' ? 'La carte' : 'Menu', type: 'url' as const, url: '/menu' },
    { label: locale === 'fr' ? 'À propos' : 'About', type: 'page' as const, page: pageIds.get('about') },
    { label: 'Contact', type: 'page' as const, page: pageIds.get('contact') },
  ]
  const header = await payload.updateGlobal({ slug: 'header', locale: 'fr', data: { navItems: nav('fr'), bookLabel: 'Réserver' } })
  await payload.updateGlobal({
    slug: 'header',
    locale: 'en',
    data: { navItems: nav('en').map((item, i) => ({ ...item, id: header.navItems?.[i]?.id })), bookLabel: 'Book a table' },
  })
  const footer = await payload.updateGlobal({
    slug: 'footer',
    locale: 'fr',
    data: { navItems: nav('fr'), text: 'Le Petit Zinc — 42 rue de la Roquette, Paris 11e. Bistrot de quartier depuis 1925.' },
  })
  await payload.updateGlobal({
    slug: 'footer',
    locale: 'en',
    data: {
      navItems: nav('en').map((item, i) => ({ ...item, id: footer.navItems?.[i]?.id })),
      text: 'Le Petit Zinc — 42 rue de la Roquette, Paris 11th. A neighbourhood bistro since 1925.',
    },
  })

  log('staff accounts')
  for (const account of DEMO_ACCOUNTS) {
    const restaurants = account.restaurant === 'zinc' ? [zinc.id] : account.restaurant === 'cantine' ? [cantine.id] : []
    await payload.create({
      collection: 'users',
      data: { email: account.email, password: account.password, name: account.name, roles: [account.role], restaurants },
    })
  }

  log('guests and reservations')
  const guestIds: Id[] = []
  for (const guest of demoGuests) {
    const doc = await payload.create({
      collection: 'guests',
      data: { ...guest, tags: [...guest.tags], restaurants: [zinc.id], marketingConsent: guest.tags.length > 0 },
    })
    guestIds.push(doc.id)
  }
  const visits = new Map<Id, { visits: number; noShows: number }>()
  for (const booking of demoReservations(now)) {
    const guest = demoGuests[booking.guestIndex]!
    const guestId = guestIds[booking.guestIndex]!
    await payload.create({
      collection: 'reservations',
      data: {
        restaurant: zinc.id,
        startsAt: booking.startsAt,
        endsAt: booking.endsAt,
        partySize: booking.partySize,
        tables: booking.tables.map((label) => zincTables.get(label)!),
        status: booking.status,
        source: booking.source,
        guest: guestId,
        guestName: guest.name,
        guestEmail: guest.email,
        guestPhone: guest.phone,
        guestLocale: guest.locale,
        occasion: booking.occasion,
        specialRequests: booking.specialRequests,
        deposit: booking.deposit ?? { required: false, status: 'none' },
        ...(booking.status === 'cancelled' ? { cancellation: { cancelledBy: 'guest' as const, reason: 'Empêchement' } } : {}),
      } as Omit<Reservation, 'id' | 'reference' | 'createdAt' | 'updatedAt'> as Reservation,
      // Known-good demo data: the database's exclusion constraint still checks every table.
      context: { seeding: true },
    })
    const tally = visits.get(guestId) ?? { visits: 0, noShows: 0 }
    if (booking.status === 'completed') tally.visits++
    if (booking.status === 'no_show') tally.noShows++
    visits.set(guestId, tally)
  }
  for (const [id, tally] of visits) {
    await payload.update({ collection: 'guests', id, data: { visitCount: tally.visits, noShowCount: tally.noShows } })
  }

  log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`)
}

async function createRestaurant(payload: Payload, seed: ReturnType<typeof petitZinc> | ReturnType<typeof cantineDuPort>) {
  const doc = await payload.create({ collection: 'restaurants', locale: 'fr', data: seed.fr as never })
  const en = seed.en as { tagline: string; description: string; services: string[]; exceptions?: string[]; specialHours?: string[]; policyText: string; emailNote?: string }
  await payload.update({
    collection: 'restaurants',
    id: doc.id,
    locale: 'en',
    data: {
      tagline: en.tagline,
      description: en.description,
      services: (doc.services ?? []).map((row, i) => ({ ...row, name: en.services[i] ?? row.name })),
      exceptions: (doc.exceptions ?? []).map((row, i) => ({
        ...row,
        label: en.exceptions?.[i] ?? row.label,
        hours: (row.hours ?? []).map((h, j) => ({ ...h, name: en.specialHours?.[j] ?? h.name })),
      })),
      cancellation: { ...doc.cancellation, policyText: en.policyText },
      ...(en.emailNote ? { notifications: { ...doc.notifications, emailNote: en.emailNote } } : {}),
    },
  })
  return doc
}

async function createTables(payload: Payload, restaurant: Id, seeds: typeof petitZincTables): Promise<Map<string, Id>> {
  const ids = new Map<string, Id>()
  for (const t of seeds) {
    const doc = await payload.create({
      collection: 'tables',
      data: {
        restaurant,
        label: t.label,
        area: t.area,
        minCapacity: t.min,
        maxCapacity: t.max,
        bookableOnline: t.online ?? true,
        active: true,
        floor: { x: t.x, y: t.y, width: t.w, height: t.h, shape: t.shape ?? 'rect', rotation: 0 },
      },
    })
    ids.set(t.label, doc.id)
  }
  for (const t of seeds) {
    if (!t.joins?.length) continue
    await payload.update({ collection: 'tables', id: ids.get(t.label)!, data: { joinableWith: t.joins.map((label) => ids.get(label)!) } })
  }
  return ids
}
