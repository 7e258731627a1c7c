import { describe, expect, it } from 'vitest'

import { cancellationOutcome, noShowOutcome } from '../../src/domain/policies/cancellation'
import { depositFor } from '../../src/domain/policies/deposit'

describe('deposit at its boundaries', () => {
  const perGuest = { mode: 'per_person' as const, amountMinor: 1500, fromPartySize: 6, services: ['Dîner'] }

  it('starts exactly at the party size, only for the services named', () => {
    expect(depositFor(perGuest, 5, 'Dîner')).toEqual({ required: false, amountMinor: 0 })
    expect(depositFor(perGuest, 6, 'Dîner')).toEqual({ required: true, amountMinor: 9000 })
    expect(depositFor(perGuest, 6, 'Déjeuner')).toEqual({ required: false, amountMinor: 0 })
    expect(depositFor({ ...perGuest, services: [] }, 6, 'Déjeuner').required).toBe(true)
  })

  it('is flat or per guest, in exact cents, and never for a zero amount', () => {
    expect(depositFor({ mode: 'flat', amountMinor: 4999, fromPartySize: 1 }, 12, 'Dîner')).toEqual({ required: true, amountMinor: 4999 })
    expect(depositFor({ mode: 'per_person', amountMinor: 10, fromPartySize: 1 }, 3, 'x').amountMinor).toBe(30)
    expect(depositFor({ mode: 'per_person', amountMinor: 0, fromPartySize: 1 }, 3, 'x').required).toBe(false)
    expect(depositFor({ mode: 'none', amountMinor: 2000 }, 8, 'x').required).toBe(false)
  })
})

describe('refund on cancellation at its boundaries', () => {
  const policy = { freeUntilHours: 48, refundPercentAfter: 50 }
  const startsAt = new Date('2026-12-12T19:00:00.000Z')
  const freeUntil = new Date('2026-12-10T19:00:00.000Z')

  it('is full up to the very millisecond the free window ends, then the percentage', () => {
    expect(cancellationOutcome(policy, startsAt, 9000, freeUntil)).toMatchObject({ free: true, refundPercent: 100, refundMinor: 9000, keptMinor: 0 })
    expect(cancellationOutcome(policy, startsAt, 9000, new Date(freeUntil.getTime() + 1))).toMatchObject({ free: false, refundPercent: 50, refundMinor: 4500, keptMinor: 4500 })
  })

  it('rounds to the cent and clamps a policy outside 0–100 %', () => {
    expect(cancellationOutcome({ freeUntilHours: 24, refundPercentAfter: 33 }, startsAt, 1001, startsAt).refundMinor).toBe(330)
    expect(cancellationOutcome({ freeUntilHours: 24, refundPercentAfter: 150 }, startsAt, 1000, startsAt).refundMinor).toBe(1000)
    expect(cancellationOutcome({ freeUntilHours: 24, refundPercentAfter: -5 }, startsAt, 1000, startsAt).refundMinor).toBe(0)
  })

  it('counts real hours across the spring change of clock: 48 h before 19:00 CEST is 18:00 CET', () => {
    // Paris moves to summer time on 29 March 2026 at 02:00.
    const dinner = new Date('2026-03-29T17:00:00.000Z') // 19:00 CEST
    const { freeUntil: until } = cancellationOutcome(policy, dinner, 9000, new Date('2026-03-01T00:00:00Z'))
    expect(until.toISOString()).toBe('2026-03-27T17:00:00.000Z') // 18:00 CET, two days and 48 h earlier
    expect(cancellationOutcome(policy, dinner, 9000, new Date('2026-03-27T17:00:00.000Z')).free).toBe(true)
    expect(cancellationOutcome(policy, dinner, 9000, new Date('2026-03-27T17:00:00.001Z')).free).toBe(false)
  })

  it('and across the autumn change: 48 h before 19:00 CET is 20:00 CEST', () => {
    const dinner = new Date('2026-10-25T18:00:00.000Z') // 19:00 CET, the day clocks go back
    expect(cancellationOutcome(policy, dinner, 9000, new Date('2026-10-01T00:00:00Z')).freeUntil.toISOString()).toBe('2026-10-23T18:00:00.000Z')
  })
})

describe('no-show fee', () => {
  it('is taken from the deposit, the rest goes back; without a fee the deposit is kept', () => {
    expect(noShowOutcome({ noShowFeeMinor: 1500 }, 4, 9000)).toEqual({ feeMinor: 6000, keptMinor: 6000, refundMinor: 3000, uncoveredMinor: 0 })
    expect(noShowOutcome({ noShowFeeMinor: 2000 }, 6, 9000)).toEqual({ feeMinor: 12000, keptMinor: 9000, refundMinor: 0, uncoveredMinor: 3000 })
    expect(noShowOutcome({ noShowFeeMinor: null }, 6, 9000)).toEqual({ feeMinor: 9000, keptMinor: 9000, refundMinor: 0, uncoveredMinor: 0 })
    expect(noShowOutcome({ noShowFeeMinor: 1500 }, 2, 0)).toEqual({ feeMinor: 3000, keptMinor: 0, refundMinor: 0, uncoveredMinor: 3000 })
  })
})
