import { describe, expect, it } from 'vitest'

import { tagsForChange } from '../../src/plugins/siteRevalidation'

describe('what an edit re-renders on the public site', () => {
  it('a dish: its restaurant’s menu only, both restaurants when it moves', () => {
    expect(tagsForChange('menu-items', { restaurant: 1 }, { restaurant: 1 })).toEqual(['menu:1', 'menu:1'])
    expect(tagsForChange('menu-items', { restaurant: { id: 2 } }, { restaurant: 1 })).toEqual(['menu:2', 'menu:1'])
  })

  it('a page’s text: that page and its restaurant’s list of pages', () => {
    expect(tagsForChange('pages', { slug: 'about', restaurant: 1 }, { slug: 'about', restaurant: 1 })).toEqual(['page:1:about', 'pages:1', 'page:1:about', 'pages:1'])
  })

  it('a new page: its address (which said "not found") and its restaurant’s list', () => {
    expect(tagsForChange('pages', { slug: 'events', restaurant: null }, {})).toEqual(['page:group:events', 'pages:group'])
  })

  it('a page renamed, moved or deleted: everything, since links to it may be anywhere', () => {
    expect(tagsForChange('pages', { slug: 'story', restaurant: 1 }, { slug: 'about', restaurant: 1 })).toContain('site')
    expect(tagsForChange('pages', { slug: 'about', restaurant: 2 }, { slug: 'about', restaurant: 1 })).toEqual(expect.arrayContaining(['page:2:about', 'page:1:about', 'site']))
    expect(tagsForChange('pages', null, { slug: 'about', restaurant: 1 })).toEqual(['page:1:about', 'pages:1', 'site'])
  })

  it('a restaurant: every page that lists or frames restaurants; a picture: everything', () => {
    expect(tagsForChange('restaurants', { slug: 'le-petit-zinc' }, { slug: 'le-petit-zinc' })).toEqual(['restaurants'])
    expect(tagsForChange('media', { slug: 'hero' }, null)).toEqual(['site'])
  })
})
