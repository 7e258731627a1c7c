import { describe, expect, it } from 'vitest'

import { capPageSizes, MAX_PAGE_SIZE } from '../../src/security/pageSize'

const capped = (query: string) => Object.fromEntries(capPageSizes(new URLSearchParams(query)))

describe('REST page sizes', () => {
  it('leave a page of 100 or less as asked', () => {
    expect(capped('limit=20&page=3&depth=1')).toEqual({ limit: '20', page: '3', depth: '1' })
    expect(capped(`limit=${MAX_PAGE_SIZE}`)).toEqual({ limit: '100' })
    expect(capped('where[name][equals]=x')).toEqual({ 'where[name][equals]': 'x' })
  })

  it('bring a million, zero ("all"), a negative or a fraction to a page Payload can serve', () => {
    expect(capped('limit=1000000')).toEqual({ limit: '100' })
    expect(capped('limit=0')).toEqual({ limit: '100' })
    expect(capped('limit=-5')).toEqual({ limit: '100' })
    expect(capped('limit=7.9')).toEqual({ limit: '7' })
    expect(capped('limit=1e9')).toEqual({ limit: '100' })
  })

  it('give a page of 100 when pagination is turned off without a limit (Payload would return everything)', () => {
    expect(capped('pagination=false')).toEqual({ pagination: 'false', limit: '100' })
    expect(capped('pagination=false&limit=0')).toEqual({ pagination: 'false', limit: '100' })
  })

  it('cap each join\'s limit too, and drop a repeated limit as Payload would ignore it', () => {
    expect(capped('joins[reservations][limit]=0&joins[visits][limit]=10')).toEqual({ 'joins[reservations][limit]': '100', 'joins[visits][limit]': '10' })
    expect(capped('limit=5&limit=1000000')).toEqual({})
  })
})
