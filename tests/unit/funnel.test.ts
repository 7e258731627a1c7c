import { describe, expect, it } from 'vitest'

import { FUNNEL_MARKER, funnelEventSchema, funnelFigures, noSteps, stepsReachedOn, stepsToSend, sumSteps, type StepCounts } from '../../src/domain/funnel'
import { refusalOfIssue } from '../../src/domain/errors'

const counts = (given: Partial<StepCounts>): StepCounts => ({ ...noSteps(), ...given })

describe('the funnel figures', () => {
  it('a diner who chose a time and left on the details screen is one abandonment there', () => {
    const f = funnelFigures(counts({ seen: 1, time_chosen: 1 }))
    expect(f.abandonedAt).toEqual({ time: 0, details: 1, confirmation: 0 })
    expect(f.abandonmentPercent).toBe(100)
    expect(f.conversionPercent).toBe(0)
  })

  it('a completed booking is a conversion and no abandonment', () => {
    const f = funnelFigures(counts({ seen: 1, time_chosen: 1, details_entered: 1, booked: 1 }))
    expect(f.conversionPercent).toBe(100)
    expect(f.abandonmentPercent).toBe(0)
    expect(f.abandonedAt).toEqual({ time: 0, details: 0, confirmation: 0 })
  })

  it('measures conversion on every visitor and abandonment from the first time chosen, against the plan', () => {
    // 200 visitors, 40 chose a time, 34 gave details (6 of them reached the deposit), 31 booked.
    const f = funnelFigures(counts({ seen: 200, time_chosen: 40, details_entered: 34, deposit_started: 6, booked: 31, waitlist_joined: 3 }))
    expect(f.conversionPercent).toBe(15.5)
    expect(f.abandonmentPercent).toBe(22.5)
    expect(f.abandonedAt).toEqual({ time: 160, details: 6, confirmation: 3 })
    expect(f.meetsTargets).toEqual({ conversion: true, abandonment: true })
  })

  it('misses the abandonment target at 30 % exactly (the plan says under 30 %)', () => {
    expect(funnelFigures(counts({ seen: 10, time_chosen: 10, details_entered: 8, booked: 7 })).meetsTargets.abandonment).toBe(false)
  })

  it('says nothing about targets before anyone came', () => {
    const f = funnelFigures(noSteps())
    expect(f.conversionPercent).toBeNull()
    expect(f.abandonmentPercent).toBeNull()
    expect(f.meetsTargets).toEqual({ conversion: null, abandonment: null })
  })

  it('never counts a negative exit when a diner books on another day than they chose the time', () => {
    expect(funnelFigures(counts({ seen: 1, time_chosen: 0, details_entered: 0, booked: 1 })).abandonedAt).toEqual({ time: 1, details: 0, confirmation: 0 })
  })

  it('sums rows per step and ignores steps it does not know', () => {
    expect(sumSteps([{ step: 'seen', count: 2 }, { step: 'seen', count: 3 }, { step: 'booked', count: 1 }, { step: 'cookie', count: 9 }])).toEqual(counts({ seen: 5, booked: 1 }))
  })
})

describe("the wizard's steps", () => {
  it('a page restored on the details screen counts the steps before it too', () => {
    expect(stepsReachedOn('details')).toEqual(['seen', 'time_chosen'])
    expect(stepsReachedOn('deposit')).toEqual(['seen', 'time_chosen', 'details_entered', 'deposit_started'])
    expect(stepsReachedOn('done')).toEqual(['seen', 'time_chosen', 'details_entered', 'booked'])
  })

  it('sends each step once per page: back and forth between screens counts nothing more', () => {
    const sent = new Set(stepsReachedOn('details'))
    expect(stepsToSend(stepsReachedOn('when'), sent)).toEqual([])
    expect(stepsToSend(stepsReachedOn('details'), sent)).toEqual([])
    expect(stepsToSend(stepsReachedOn('done'), sent)).toEqual(['details_entered', 'booked'])
  })
})

describe('a funnel event', () => {
  const codes = (input: unknown) => {
    const parsed = funnelEventSchema.safeParse(input)
    return parsed.success ? [] : parsed.error.issues.map((issue) => refusalOfIssue(issue).code)
  }

  it("is the wizard's marker, a source and the steps reached", () => {
    expect(codes({ marker: FUNNEL_MARKER, source: 'widget', steps: ['seen', 'time_chosen'] })).toEqual([])
  })

  it('without the marker is not counted', () => {
    expect(codes({ source: 'site', steps: ['seen'] })).toEqual(['funnel_marker_missing'])
    expect(codes({ marker: 'curl', source: 'site', steps: ['seen'] })).toEqual(['funnel_marker_missing'])
  })

  it('names each step once, at most one of each', () => {
    expect(codes({ marker: FUNNEL_MARKER, source: 'site', steps: ['seen', 'seen'] })).toEqual(['funnel_step_repeated'])
    expect(codes({ marker: FUNNEL_MARKER, source: 'site', steps: Array(7).fill('seen') })).toContain('too_big')
    expect(codes({ marker: FUNNEL_MARKER, source: 'site', steps: [] })).toEqual(['too_small'])
  })

  it('carries nothing else: an extra key such as an id is refused', () => {
    expect(codes({ marker: FUNNEL_MARKER, source: 'site', steps: ['seen'], sessionId: 'abc' })).toEqual(['invalid'])
    expect(codes({ marker: FUNNEL_MARKER, source: 'email', steps: ['seen'] })).toEqual(['not_an_option'])
  })
})
