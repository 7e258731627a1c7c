import { describe, expect, it } from 'vitest'

import { initialState, isFinalStep, wizardReducer, type WizardState } from '../../src/components/booking/wizardState'

const slot = { startsAt: '2026-12-04T18:30:00.000Z', time: '19:30', service: 'Dîner' }
const run = (state: WizardState, ...actions: Parameters<typeof wizardReducer>[1][]) => actions.reduce(wizardReducer, state)

describe('the booking wizard', () => {
  it('cannot leave the first step without a date and a time', () => {
    expect(run(initialState(), { type: 'next' }).step).toBe('when')
    expect(run(initialState(), { type: 'date', date: '2026-12-04' }, { type: 'next' }).step).toBe('when')
    expect(run(initialState(), { type: 'date', date: '2026-12-04' }, { type: 'slot', slot, depositDue: false }, { type: 'next' }).step).toBe('details')
  })

  it('forgets the chosen time when the day or the party size changes', () => {
    const chosen = run(initialState(), { type: 'date', date: '2026-12-04' }, { type: 'slot', slot, depositDue: false })
    expect(run(chosen, { type: 'date', date: '2026-12-05' }).slot).toBeNull()
    expect(run(chosen, { type: 'party', party: 5 }).slot).toBeNull()
    expect(run(chosen, { type: 'date', date: '2026-12-04' }).slot).toEqual(slot)
  })

  it('keeps the details typed when the diner steps back and forth', () => {
    const s = run(
      initialState(),
      { type: 'date', date: '2026-12-04' },
      { type: 'slot', slot, depositDue: false },
      { type: 'next' },
      { type: 'details', details: { name: 'Léa', email: 'lea@example.fr' } },
      { type: 'back' },
      { type: 'next' },
    )
    expect(s.step).toBe('details')
    expect(s.details).toMatchObject({ name: 'Léa', email: 'lea@example.fr' })
  })

  it('shows the deposit step only when one is due, and books from the last step', () => {
    const base = run(initialState(), { type: 'date', date: '2026-12-04' })
    const noDeposit = run(base, { type: 'slot', slot, depositDue: false }, { type: 'next' }, { type: 'details', details: { name: 'A', email: 'a@b.fr' } })
    expect(isFinalStep(noDeposit)).toBe(true)
    expect(run(noDeposit, { type: 'next' }).step).toBe('details') // "done" only through a booking
    const withDeposit = run(base, { type: 'slot', slot, depositDue: true }, { type: 'next' }, { type: 'details', details: { name: 'A', email: 'a@b.fr' } })
    expect(isFinalStep(withDeposit)).toBe(false)
    const depositStep = run(withDeposit, { type: 'next' })
    expect(depositStep.step).toBe('deposit')
    expect(isFinalStep(depositStep)).toBe(true)
  })

  it('goes back to the times with a message when the slot was taken meanwhile, keeping the details', () => {
    const s = run(
      initialState(),
      { type: 'date', date: '2026-12-04' },
      { type: 'slot', slot, depositDue: false },
      { type: 'next' },
      { type: 'details', details: { name: 'Léa', email: 'lea@example.fr' } },
      { type: 'slotTaken', message: 'Taken' },
    )
    expect(s).toMatchObject({ step: 'when', slot: null, notice: 'Taken', date: '2026-12-04' })
    expect(s.details.name).toBe('Léa')
  })
})
