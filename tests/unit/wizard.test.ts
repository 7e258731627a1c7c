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

  it('starts with a signed-in diner’s details, which stay editable', () => {
    const s = run(initialState(2, null, { name: 'Léa Martin', email: 'lea@example.fr', phone: '+33612345678' }), { type: 'details', details: { phone: '' } })
    expect(s.details).toMatchObject({ name: 'Léa Martin', email: 'lea@example.fr', phone: '', specialRequests: '' })
  })

  it('comes back after a reload on the step it was on, with what was chosen and typed', () => {
    const saved = { step: 'details' as const, date: '2026-12-04', party: 4, slot, details: { ...initialState().details, name: 'Léa', email: 'lea@example.fr', occasion: 'birthday' }, depositDue: false }
    const s = run(initialState(), { type: 'restore', saved })
    expect(s).toMatchObject({ step: 'details', date: '2026-12-04', party: 4, slot, restored: true })
    expect(s.details.occasion).toBe('birthday')
    // A saved step the saved choices do not allow opens on the first step, choices kept.
    const noSlot = run(initialState(), { type: 'restore', saved: { ...saved, slot: null } })
    expect(noSlot).toMatchObject({ step: 'when', date: '2026-12-04', party: 4 })
    expect(run(initialState(), { type: 'restore', saved: null })).toMatchObject({ step: 'when', restored: true })
  })

  it('follows the browser’s back and forward buttons between steps it may be on, never past a booking', () => {
    const onDetails = run(initialState(), { type: 'date', date: '2026-12-04' }, { type: 'slot', slot, depositDue: false }, { type: 'next' })
    const back = run(onDetails, { type: 'goTo', step: 'when' })
    expect(back.step).toBe('when')
    expect(run(back, { type: 'goTo', step: 'details' }).step).toBe('details')
    // No deposit is due, and nothing was typed: the deposit step cannot be entered.
    expect(run(onDetails, { type: 'goTo', step: 'deposit' }).step).toBe('details')
    expect(run(initialState(), { type: 'goTo', step: 'details' }).step).toBe('when')
    const booked = run(onDetails, { type: 'booked', confirmation: {} as never })
    expect(run(booked, { type: 'goTo', step: 'details' }).step).toBe('done')
  })
})
