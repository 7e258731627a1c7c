import { describe, expect, it } from 'vitest'

import { cmsPagePath, groupPagePath, isReservedSegment, longUrlRedirect, pathInLocale, restaurantPath, shortUrlRedirect, siteShapeOf } from '../../src/domain/site/paths'

const group = siteShapeOf(['le-petit-zinc', 'la-cantine-du-port'], 'le-petit-zinc')
const single = siteShapeOf(['le-petit-zinc'], null)

describe('which sites are groups', () => {
  it('two restaurants make a group, one does not', () => {
    expect(group.group).toBe(true)
    expect(single.group).toBe(false)
  })

  it('a single site without a chosen restaurant presents its only one', () => {
    expect(single.siteRestaurant).toBe('le-petit-zinc')
  })
})

describe('a restaurant of a group', () => {
  it('has its pages under its slug', () => {
    expect(restaurantPath(group, 'en', 'la-cantine-du-port')).toBe('/en/la-cantine-du-port')
    expect(restaurantPath(group, 'en', 'la-cantine-du-port', 'menu')).toBe('/en/la-cantine-du-port/menu')
    expect(restaurantPath(group, 'fr', 'la-cantine-du-port', 'book', 'date=2026-12-24&party=4')).toBe('/fr/la-cantine-du-port/book?date=2026-12-24&party=4')
    expect(restaurantPath(group, 'fr', 'la-cantine-du-port', 'about')).toBe('/fr/la-cantine-du-port/about')
  })

  it('the site restaurant’s short URLs send to its full ones, query string kept (waitlist offers)', () => {
    expect(shortUrlRedirect(group, 'fr', 'menu')).toBe('/fr/le-petit-zinc/menu')
    expect(shortUrlRedirect(group, 'fr', 'book', '?date=2026-12-24&party=4')).toBe('/fr/le-petit-zinc/book?date=2026-12-24&party=4')
    expect(shortUrlRedirect(group, 'en', 'about')).toBe('/en/le-petit-zinc/about')
  })

  it('full URLs are canonical: nothing to redirect', () => {
    expect(longUrlRedirect(group, 'en', 'la-cantine-du-port', 'menu')).toBeNull()
  })
})

describe('a single restaurant', () => {
  it('keeps the short URLs', () => {
    expect(restaurantPath(single, 'fr', 'le-petit-zinc')).toBe('/fr')
    expect(restaurantPath(single, 'fr', 'le-petit-zinc', 'menu')).toBe('/fr/menu')
    expect(restaurantPath(single, 'en', 'le-petit-zinc', 'contact')).toBe('/en/contact')
    expect(shortUrlRedirect(single, 'fr', 'menu')).toBeNull()
  })

  it('sends its full URLs to the short ones', () => {
    expect(longUrlRedirect(single, 'fr', 'le-petit-zinc', 'book', 'party=2')).toBe('/fr/book?party=2')
    expect(longUrlRedirect(single, 'fr', 'le-petit-zinc', 'home')).toBe('/fr')
  })
})

describe('CMS pages', () => {
  it('a group page lives at the top level, its home at the locale root', () => {
    expect(groupPagePath('fr', 'careers')).toBe('/fr/careers')
    expect(groupPagePath('fr', 'home')).toBe('/fr')
    expect(cmsPagePath(group, 'en', { slug: 'careers', restaurant: null })).toBe('/en/careers')
  })

  it('a restaurant’s page lives under the restaurant in a group, short on a single site', () => {
    expect(cmsPagePath(group, 'en', { slug: 'about', restaurant: 'la-cantine-du-port' })).toBe('/en/la-cantine-du-port/about')
    expect(cmsPagePath(group, 'en', { slug: 'home', restaurant: 'la-cantine-du-port' })).toBe('/en/la-cantine-du-port')
    expect(cmsPagePath(single, 'en', { slug: 'about', restaurant: 'le-petit-zinc' })).toBe('/en/about')
  })
})

describe('the same page in the other language', () => {
  it('changes only the locale prefix', () => {
    expect(pathInLocale('/fr/la-cantine-du-port/menu', 'en')).toBe('/en/la-cantine-du-port/menu')
    expect(pathInLocale('/fr', 'en')).toBe('/en')
    expect(pathInLocale('/en/book?date=2026-12-24', 'fr')).toBe('/fr/book?date=2026-12-24')
  })

  it('leaves a slug that starts like a locale alone', () => {
    expect(pathInLocale('/fr/en-terrasse', 'en')).toBe('/en/en-terrasse')
  })
})

describe('reserved words', () => {
  it('the site’s own segments cannot be restaurant slugs', () => {
    for (const word of ['menu', 'book', 'account', 'reservation', 'find-booking', 'offline']) expect(isReservedSegment(word)).toBe(true)
    expect(isReservedSegment('la-cantine-du-port')).toBe(false)
  })
})
