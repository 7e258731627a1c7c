import { describe, expect, it } from 'vitest'

import { BOOKING_REFERENCE_PATTERN, normaliseReference } from '../../src/domain/referenceFormat'
import { returnPathOr, safeReturnPath } from '../../src/domain/returnPath'

describe('the page a diner returns to after signing in', () => {
  it.each(['/fr/book', '/en/menu?diet=vegan', '/fr/reservation/abc#details', '/en', '/fr/account'])('keeps a path of this site: %s', (path) => {
    expect(safeReturnPath(path)).toBe(path)
  })

  it.each([
    ['another host, scheme-relative', '//evil.com'],
    ['another host behind a backslash', '/\\evil.com'],
    ['a backslash later on', '/fr\\..\\\\evil.com'],
    ['an absolute URL', 'https://evil.com/fr'],
    ['a scheme without slashes', 'https:evil.com'],
    ['javascript', 'javascript:alert(1)'],
    ['a tab that browsers drop', '/\t/evil.com'],
    ['a newline', '/fr\n/evil'],
    ['a relative path', 'fr/book'],
    ['nothing', ''],
    ['not a string', ['/fr']],
    ['undefined', undefined],
    ['far too long', `/${'a'.repeat(2000)}`],
  ])('refuses %s', (_, next) => {
    expect(safeReturnPath(next)).toBeNull()
  })

  it('falls back to the account page for anything refused', () => {
    expect(returnPathOr('//evil.com', '/fr/account')).toBe('/fr/account')
    expect(returnPathOr('/fr/book', '/fr/account')).toBe('/fr/book')
  })

  it('keeps a dot-dot path on this site, resolved', () => {
    expect(safeReturnPath('/fr/../en/book')).toBe('/en/book')
  })
})

describe('a booking reference typed back by a diner', () => {
  it.each([
    ['k7q-4mx', 'K7Q-4MX'],
    ['K7Q 4MX', 'K7Q-4MX'],
    ['k7q4mx', 'K7Q-4MX'],
    [' K7Q–4MX ', 'K7Q-4MX'],
  ])('reads %j as %s', (typed, reference) => {
    expect(normaliseReference(typed)).toBe(reference)
    expect(reference).toMatch(BOOKING_REFERENCE_PATTERN)
  })
})
