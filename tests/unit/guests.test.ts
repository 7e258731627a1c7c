import { describe, expect, it } from 'vitest'

import { appendDistinct, mergedProfile } from '../../src/domain/guests/merge'
import { canMove } from '../../src/domain/reservations/transitions'

describe('merging two guest profiles', () => {
  it('unites tags and restaurants without repeating any', () => {
    const merged = mergedProfile({ tags: ['vip', 'regular'], restaurants: [1] }, { tags: ['regular', 'press'], restaurants: [1, 2] })
    expect(merged.tags).toEqual(['vip', 'regular', 'press'])
    expect(merged.restaurants).toEqual([1, 2])
  })

  it('adds the duplicate’s allergies on a new line when they say something new', () => {
    expect(appendDistinct('Gluten', 'Peanuts')).toBe('Gluten\nPeanuts')
  })

  it('does not repeat a note the kept profile already has, whatever its case', () => {
    expect(appendDistinct('Table by the window. Likes Chablis', 'table by the window')).toBe('Table by the window. Likes Chablis')
  })

  it('keeps the kept phone, and takes the duplicate’s only when the kept profile has none', () => {
    expect(mergedProfile({ phone: '0611223344' }, { phone: '0699999999' }).phone).toBe('0611223344')
    expect(mergedProfile({ phone: ' ' }, { phone: '0699999999' }).phone).toBe('0699999999')
  })
})

describe('status moves staff make', () => {
  it('lets staff confirm a booking whose deposit was settled another way', () => {
    expect(canMove('pending_payment', 'confirmed')).toBe(true)
  })

  it('never brings a completed or cancelled booking back to confirmed', () => {
    expect(canMove('completed', 'confirmed')).toBe(false)
    expect(canMove('cancelled', 'confirmed')).toBe(false)
  })
})
