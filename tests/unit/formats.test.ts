import { describe, expect, it } from 'vitest'

import { BOOKING_REFERENCE_PATTERN, newBookingReference } from '../../src/domain/reference'
import { slugify } from '../../src/domain/slugify'
import { isLocalDate, isTimeOfDay, isTimeZone, minutesOfDay } from '../../src/domain/time'

describe('booking references', () => {
  it('look like K7Q-4MZ and avoid letters misheard on the phone', () => {
    for (let i = 0; i < 500; i++) {
      const reference = newBookingReference()
      expect(reference).toMatch(BOOKING_REFERENCE_PATTERN)
      expect(reference).not.toMatch(/[0OI1LZ2S5B8]/)
    }
  })
})

describe('times and dates', () => {
  it('accepts wall-clock times from 00:00 to 23:59 only', () => {
    expect(['00:00', '12:15', '23:59'].every(isTimeOfDay)).toBe(true)
    expect(['24:00', '7:30', '12:60', '12h30', ''].some(isTimeOfDay)).toBe(false)
    expect(minutesOfDay('19:45')).toBe(1185)
  })

  it('accepts real calendar dates only', () => {
    expect(isLocalDate('2028-02-29')).toBe(true)
    expect(isLocalDate('2027-02-29')).toBe(false)
    expect(isLocalDate('2026-13-01')).toBe(false)
    expect(isLocalDate('26-12-01')).toBe(false)
  })

  it('knows IANA time zones', () => {
    expect(isTimeZone('Europe/Paris')).toBe(true)
    expect(isTimeZone('America/New_York')).toBe(true)
    expect(isTimeZone('Mars/Olympus')).toBe(false)
    expect(isTimeZone('CET')).toBe(false)
  })
})

describe('slugs', () => {
  it('turn French dish names into clean URLs', () => {
    expect(slugify("Crème brûlée à l'orange")).toBe('creme-brulee-a-l-orange')
    expect(slugify('Œuf mayonnaise')).toBe('oeuf-mayonnaise')
    expect(slugify('  --Bœuf  bourguignon!! ')).toBe('boeuf-bourguignon')
  })
})
