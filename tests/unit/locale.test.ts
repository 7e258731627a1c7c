import { describe, expect, it } from 'vitest'

import { intlLocale, languageOf, plural } from '../../src/domain/locale'

describe('plural', () => {
  const dishes = { fr: { one: '{count} plat', other: '{count} plats' }, en: { one: '{count} dish', other: '{count} dishes' } }

  it('follows French rules: zero and one are singular', () => {
    expect([0, 1, 2].map((n) => plural('fr', n, dishes.fr))).toEqual(['0 plat', '1 plat', '2 plats'])
  })

  it('follows English rules: zero is plural', () => {
    expect([0, 1, 2].map((n) => plural('en', n, dishes.en))).toEqual(['0 dishes', '1 dish', '2 dishes'])
  })

  it('formats the count in the language (thousands separators)', () => {
    expect(plural('en', 1200, dishes.en)).toBe('1,200 dishes')
    expect(plural('fr', 1200, dishes.fr)).toMatch(/^1\s200 plats$/)
  })
})

describe('languages', () => {
  it('maps browser tags to the two languages, English for any other', () => {
    expect(['fr-CA', 'FR', 'en-US', 'de', null].map(languageOf)).toEqual(['fr', 'fr', 'en', 'en', 'en'])
    expect(intlLocale('fr')).toBe('fr-FR')
    expect(intlLocale('en')).toBe('en-GB')
  })
})
