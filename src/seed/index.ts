import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { CollectionSlug, Payload } from 'payload'

import type { Reservation } from '../payload-types'
import { cantineCategories, cantineDishes, cantinePages } from './data/cantine'
import { categories, dishes } from './data/menu'
import { groupHome, GROUP_NAME, pages } from './data/pages'
import type { SeedCategory, SeedDish, SeedPage } from './data/types'
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
 * Fills the database with the demo: a group of two restaurants on one site. Le Petit Zinc (Paris,
 * the site's own) with its tables, menu, pages and a week of bookings; La Cantine du Port
 * (Marseille) with its tables, menu and pages, which also shows that staff only see their own.
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
  const cantineHeroId = await image('lieu-jaune-beurre-blanc.jpg', { fr: 'Un lieu jaune grillé, plat du jour de La Cantine du Port', en: 'Grilled pollack, dish of the day at La Cantine du Port' })
  await payload.update({ collection: 'restaurants', id: zinc.id, data: { heroImage: heroId } })
  await payload.update({ collection: 'restaurants', id: cantine.id, data: { heroImage: cantineHeroId } })

  log('menus')
  // One photo per file: La Cantine's dishes reuse the bistro's photos of alike dishes.
  const photoByFile = new Map<string, Id>()
  const dishPhoto = async (dish: SeedDish) => {
    const known = photoByFile.get(dish.image)
    if (known !== undefined) return known
    const id = await image(dish.image, dish.name)
    photoByFile.set(dish.image, id)
    return id
  }
  await createMenu(payload, zinc.id, categories, dishes, dishPhoto)
  await createMenu(payload, cantine.id, cantineCategories, cantineDishes, dishPhoto)

  log('pages')
  const photo = (file: string) => {
    const id = photoByFile.get(file)
    if (id === undefined) throw new Error(`The about gallery names unknown photo ${file}`)
    return id
  }
  const aboutGallery = (locale: 'fr' | 'en') => ({
    blockType: 'gallery' as const,
    heading: locale === 'fr' ? 'En images' : 'In pictures',
    images: [
      { media: heroId, caption: locale === 'fr' ? 'Le comptoir en zinc des années 1930' : 'The 1930s zinc bar' },
      { media: aboutId, caption: locale === 'fr' ? 'La cuisine ouverte' : 'The open kitchen' },
      { media: teamId, caption: locale === 'fr' ? 'L’équipe, avant le service' : 'The team, before service' },
      { media: photo('boeuf-bourguignon.jpg'), caption: locale === 'fr' ? 'Le bœuf bourguignon du dimanche' : 'Sunday’s bœuf bourguignon' },
      { media: photo('huitres-marennes-oleron.jpg'), caption: locale === 'fr' ? 'Huîtres de Marennes-Oléron' : 'Marennes-Oléron oysters' },
      { media: photo('tarte-tatin.jpg'), caption: locale === 'fr' ? 'La tarte Tatin d’Inès' : 'Inès’s tarte Tatin' },
    ],
  })
  const homeBlocks = (locale: 'fr' | 'en') => [
    { blockType: 'menuPreview' as const, heading: locale === 'fr' ? 'À la carte cette semaine' : 'On the menu this week', limit: 6 },
    {
      blockType: 'cta' as const,
      heading: locale === 'fr' ? 'Une table vous attend' : 'A table is waiting for you',
      text: locale === 'fr' ? 'Réservez en quelques secondes, confirmation immédiate.' : 'Book in seconds, confirmed at once.',
      linkLabel: locale === 'fr' ? 'Réserver une table' : 'Book a table',
      // Site-relative links in a restaurant's page are that restaurant's (/fr/{restaurant}/book in a group).
      href: '/book',
    },
  ]
  const zincPageIds = new Map<string, Id>()
  const zincImage: Record<string, Id> = { home: heroId, about: aboutId, contact: teamId }
  for (const page of pages) {
    const extra = (locale: 'fr' | 'en') => (page.slug === 'home' ? homeBlocks(locale) : page.slug === 'about' ? [aboutGallery(locale)] : [])
    zincPageIds.set(page.slug, await createPage(payload, page, { restaurant: zinc.id, name: 'Le Petit Zinc', image: zincImage[page.slug], extra }))
  }
  for (const page of cantinePages) {
    const extra = (locale: 'fr' | 'en') => (page.slug === 'home' ? homeBlocks(locale) : [])
    await createPage(payload, page, { restaurant: cantine.id, name: 'La Cantine du Port', image: cantineHeroId, extra })
  }
  // The group's own home: a short intro above the restaurants' cards (no photo: the cards carry them).
  await createPage(payload, groupHome, { restaurant: null, name: GROUP_NAME, image: undefined, extra: () => [], hero: false })

  log('site globals')
  await payload.updateGlobal({
    slug: 'site-settings',
    locale: 'fr',
    data: { siteName: GROUP_NAME, restaurant: zinc.id, description: groupHome.metaDescription.fr, social: { instagram: 'https://instagram.com/lepetitzinc' } },
  })
  await payload.updateGlobal({ slug: 'site-settings', locale: 'en', data: { description: groupHome.metaDescription.en } })
  // The group's frame links to each restaurant; each restaurant's bar links to its own pages.
  const nav = () => [
    { label: 'Le Petit Zinc', type: 'url' as const, url: '/le-petit-zinc' },
    { label: 'La Cantine du Port', type: 'url' as const, url: '/la-cantine-du-port' },
  ]
  const header = await payload.updateGlobal({ slug: 'header', locale: 'fr', data: { navItems: nav(), bookLabel: 'Réserver' } })
  await payload.updateGlobal({
    slug: 'header',
    locale: 'en',
    data: { navItems: nav().map((item, i) => ({ ...item, id: header.navItems?.[i]?.id })), bookLabel: 'Book a table' },
  })
  const footer = await payload.updateGlobal({
    slug: 'footer',
    locale: 'fr',
    data: { navItems: [...nav(), { label: 'Contact', type: 'page' as const, page: zincPageIds.get('contact') }], text: 'Le Petit Zinc, Paris 11e, depuis 1925 · La Cantine du Port, Marseille, depuis 2014.' },
  })
  await payload.updateGlobal({
    slug: 'footer',
    locale: 'en',
    data: {
      navItems: [...nav(), { label: 'Contact', type: 'page' as const, page: zincPageIds.get('contact') }].map((item, i) => ({ ...item, id: footer.navItems?.[i]?.id })),
      text: 'Le Petit Zinc, Paris 11th, since 1925 · La Cantine du Port, Marseille, since 2014.',
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
        spendMinor: booking.spendMinor,
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
  const en = seed.en as { tagline: string; cuisine: string; description: string; services: string[]; exceptions?: string[]; specialHours?: string[]; policyText: string; emailNote?: string }
  await payload.update({
    collection: 'restaurants',
    id: doc.id,
    locale: 'en',
    data: {
      tagline: en.tagline,
      cuisine: en.cuisine,
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

async function createMenu(payload: Payload, restaurant: Id, seedCategories: SeedCategory[], seedDishes: SeedDish[], photo: (dish: SeedDish) => Promise<Id>) {
  const categoryIds = new Map<string, Id>()
  for (const category of seedCategories) {
    const doc = await payload.create({
      collection: 'menu-categories',
      locale: 'fr',
      data: { name: category.name.fr, slug: category.slug, description: category.description.fr, order: category.order, restaurant },
    })
    await payload.update({ collection: 'menu-categories', id: doc.id, locale: 'en', data: { name: category.name.en, description: category.description.en } })
    categoryIds.set(category.slug, doc.id)
  }
  for (const [index, dish] of seedDishes.entries()) {
    const category = categoryIds.get(dish.category)
    if (category === undefined) throw new Error(`Dish ${dish.slug} names unknown category ${dish.category}`)
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
        image: await photo(dish),
        featured: dish.featured ?? false,
        available: true,
        order: index,
        restaurant,
      },
    })
    await payload.update({ collection: 'menu-items', id: doc.id, locale: 'en', data: { name: dish.name.en, description: dish.description.en } })
  }
}

type Blocks = Array<Record<string, unknown> & { blockType: string }>

/** A published page in French and English: its text sections, then `extra` blocks; `restaurant` null = the group's. */
async function createPage(
  payload: Payload,
  page: SeedPage,
  { restaurant, name, image, extra, hero = true }: { restaurant: Id | null; name: string; image: Id | undefined; extra: (locale: 'fr' | 'en') => Blocks; hero?: boolean },
): Promise<Id> {
  const layout = (locale: 'fr' | 'en'): Blocks => [
    { blockType: 'content', richText: richText(page.sections.map((s) => ({ heading: s.heading[locale], paragraphs: s.paragraphs[locale] }))) },
    ...extra(locale),
  ]
  const heroOf = (locale: 'fr' | 'en') => (hero ? { heading: page.title[locale], subheading: page.intro[locale], image } : {})
  const doc = await payload.create({
    collection: 'pages',
    locale: 'fr',
    data: {
      title: page.title.fr,
      slug: page.slug,
      restaurant,
      _status: 'published',
      hero: heroOf('fr'),
      layout: layout('fr') as never,
      meta: { title: page.slug === 'home' ? page.title.fr : `${page.title.fr} — ${name}`, description: page.metaDescription.fr, image },
    },
  })
  // Blocks and gallery rows keep their ids so the English text lands in the same places.
  const fr = await payload.findByID({ collection: 'pages', id: doc.id, locale: 'fr', depth: 0 })
  const en = layout('en').map((block, i) => {
    const frBlock = fr.layout?.[i]
    if (block.blockType === 'gallery' && frBlock?.blockType === 'gallery') {
      return { ...block, id: frBlock.id, images: (block.images as Array<Record<string, unknown>>).map((row, r) => ({ ...row, id: frBlock.images[r]?.id })) }
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
      hero: heroOf('en'),
      layout: en as never,
      meta: { title: page.slug === 'home' ? page.title.en : `${page.title.en} — ${name}`, description: page.metaDescription.en, image },
    },
  })
  return doc.id
}
