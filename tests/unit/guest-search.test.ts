import { describe, expect, it } from 'vitest'

import { guestSearchOf } from '../../src/domain/guests/search'

describe('what a host types in the guest search', () => {
  it('reads a whole French number in any format as the stored E.164', () => {
    for (const typed of ['06 12 34 56 78', '0612345678', '+33 6 12 34 56 78', '06.12.34.56.78', '0033 6 12 34 56 78']) {
      expect(guestSearchOf(typed).phone, typed).toBe('+33612345678')
    }
  })

  it('matches the digits of a number still being typed, without the trunk zero', () => {
    expect(guestSearchOf('06 12 3')).toMatchObject({ phone: null, phoneDigits: '6123' })
    expect(guestSearchOf('06')).toMatchObject({ phone: null, phoneDigits: null })
  })

  it('leaves names and emails as text', () => {
    expect(guestSearchOf('  Hélène ')).toEqual({ text: 'Hélène', phone: null, phoneDigits: null })
    expect(guestSearchOf('helene@example.fr')).toMatchObject({ phone: null, phoneDigits: null })
  })
})
