import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'

import { bookingIcs } from '../../src/domain/calendar/ics'
import { filterDishes } from '../../src/domain/menu/filter'
import { cancellationOutcome } from '../../src/domain/policies/cancellation'
import { depositFor } from '../../src/domain/policies/deposit'

const dishes = [
  { name: 'Œuf mayonnaise', description: 'Œufs bio, mayonnaise maison', allergens: ['eggs', 'mustard'] as const, dietary: ['vegetarian'] as const },
  { name: 'Tarte Tatin', description: 'Pommes caramélisées', allergens: ['gluten', 'milk', 'eggs'] as const, dietary: ['vegetarian'] as const },
  { name: 'Salade de lentilles', description: null, allergens: [] as const, dietary: ['vegan', 'vegetarian'] as const },
].map((d) => ({ ...d, allergens: [...d.allergens], dietary: [...d.dietary] }))

describe('menu filters', () => {
  it('hide dishes with an allergen the diner avoids', () => {
    expect(filterDishes(dishes, { query: '', without: ['eggs'], diets: [] }).map((d) => d.name)).toEqual(['Salade de lentilles'])
  })
  it('keep dishes fitting every diet asked', () => {
    expect(filterDishes(dishes, { query: '', without: [], diets: ['vegan'] }).map((d) => d.name)).toEqual(['Salade de lentilles'])
  })
  it('search ignores accents and case', () => {
    expect(filterDishes(dishes, { query: 'POMMES caramelisees', without: [], diets: [] }).map((d) => d.name)).toEqual(['Tarte Tatin'])
  })
})

describe('deposits and cancellations', () => {
  const policy = { mode: 'per_person' as const, amountMinor: 1500, fromPartySize: 6, services: ['Dîner'] }
  it('ask a deposit per guest from the party size and for the services the policy names', () => {
    expect(depositFor(policy, 6, 'Dîner')).toEqual({ required: true, amountMinor: 9000 })
    expect(depositFor(policy, 5, 'Dîner').required).toBe(false)
    expect(depositFor(policy, 8, 'Déjeuner').required).toBe(false)
    expect(depositFor({ mode: 'flat', amountMinor: 5000 }, 2, 'Any')).toEqual({ required: true, amountMinor: 5000 })
  })

  it('refund everything before the free-cancellation deadline and the policy share after', () => {
    const startsAt = new Date('2026-12-10T19:00:00Z')
    const free = cancellationOutcome({ freeUntilHours: 48, refundPercentAfter: 50 }, startsAt, 9000, new Date('2026-12-08T18:00:00Z'))
    expect(free).toMatchObject({ free: true, refundMinor: 9000, keptMinor: 0 })
    const late = cancellationOutcome({ freeUntilHours: 48, refundPercentAfter: 50 }, startsAt, 9000, new Date('2026-12-09T20:00:00Z'))
    expect(late).toMatchObject({ free: false, refundPercent: 50, refundMinor: 4500, keptMinor: 4500 })
  })
})

describe('calendar file', () => {
  it('is a valid iCalendar event with escaped text and folded lines', () => {
    const ics = bookingIcs({
      uid: 'K7Q-4MZ@techplus',
      start: new Date('2026-12-04T18:30:00Z'),
      end: new Date('2026-12-04T20:00:00Z'),
      title: 'Le Petit Zinc, table pour 2; merci',
      description: 'Référence K7Q-4MZ\n' + 'x'.repeat(120),
      now: new Date('2026-11-26T10:00:00Z'),
    })
    expect(ics).toContain('DTSTART:20261204T183000Z\r\n')
    expect(ics).toContain('DTEND:20261204T200000Z\r\n')
    expect(ics).toContain('SUMMARY:Le Petit Zinc\\, table pour 2\\; merci\r\n')
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75)
    // A calendar reads it back as it was meant.
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!)
    expect(event.summary).toBe('Le Petit Zinc, table pour 2; merci')
    expect(event.description).toBe('Référence K7Q-4MZ\n' + 'x'.repeat(120))
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-12-04T18:30:00.000Z')
  })
})
