/**
 * The booking wizard's state, as a pure reducer: every transition a diner can make, testable
 * without a browser. Steps: when (date, party, slot) → details → deposit (when due) → done.
 */
export type Step = 'when' | 'details' | 'deposit' | 'done'

export interface Details {
  name: string
  email: string
  phone: string
  specialRequests: string
  occasion: string
  /** Confirmation and reminder by SMS too (only offered once a phone number is given). */
  smsConsent: boolean
}

export interface ChosenSlot {
  startsAt: string
  time: string
  service: string
}

export interface BookingConfirmation {
  reference: string
  status: string
  localDate: string
  time: string
  startsAt: string
  endsAt: string
  partySize: number
  manageUrl: string
  calendarUrl: string
  /** amountMinor: minor units (cents) */
  deposit: { amountMinor: number; currency: string; status: string } | null
  holdExpiresAt: string | null
  /** Stripe's page for the deposit, while the booking is held for it */
  paymentUrl?: string | null
}

export interface WizardState {
  step: Step
  date: string | null
  party: number
  slot: ChosenSlot | null
  details: Details
  depositDue: boolean
  confirmation: BookingConfirmation | null
  /** a message for the diner: why they are back on the first step, for instance */
  notice: string | null
  /** the tab's saved wizard was looked for (in the browser, after the first render) */
  restored?: boolean
}

export type WizardAction =
  | { type: 'date'; date: string }
  | { type: 'party'; party: number }
  | { type: 'slot'; slot: ChosenSlot; depositDue: boolean }
  | { type: 'details'; details: Partial<Details> }
  | { type: 'next' }
  | { type: 'back' }
  | { type: 'booked'; confirmation: BookingConfirmation }
  | { type: 'slotTaken'; message: string }
  | { type: 'notice'; message: string | null }
  /** the browser's back or forward button brought the diner to a step (see wizardHistory.ts) */
  | { type: 'goTo'; step: Step }
  /** the wizard as it was before a reload (see wizardStorage.ts) */
  | { type: 'restore'; saved: Pick<WizardState, 'step' | 'date' | 'party' | 'slot' | 'details' | 'depositDue'> | null }

export const emptyDetails: Details = { name: '', email: '', phone: '', specialRequests: '', occasion: '', smsConsent: false }

/** A signed-in diner's details fill the form in advance; they can still change them. */
export function initialState(party = 2, date: string | null = null, prefill: Partial<Details> | null = null): WizardState {
  return { step: 'when', date, party, slot: null, details: { ...emptyDetails, ...prefill }, depositDue: false, confirmation: null, notice: null }
}

export const ORDER: Step[] = ['when', 'details', 'deposit', 'done']

/** The steps a diner passes through to reach `step`, in order (the deposit only when one is due). */
export function stepsUpTo(step: Step, depositDue: boolean): Step[] {
  return ORDER.slice(0, ORDER.indexOf(step) + 1).filter((s) => s !== 'deposit' || depositDue)
}

/** Whether the diner may be on `step` with what they have chosen and typed. */
function canBeOn(state: WizardState, step: Step): boolean {
  if (step === 'when') return true
  if (step === 'details') return canLeave({ ...state, step: 'when' })
  if (step === 'deposit') return state.depositDue && canLeave({ ...state, step: 'when' }) && canLeave({ ...state, step: 'details' })
  return false
}

function canLeave(state: WizardState): boolean {
  if (state.step === 'when') return Boolean(state.date && state.slot)
  if (state.step === 'details') return Boolean(state.details.name.trim() && state.details.email.trim())
  return true
}

export function wizardReducer(state: WizardState, action: WizardAction): WizardState {
  switch (action.type) {
    case 'date':
      // Another day: the slot chosen for the previous one means nothing any more.
      return action.date === state.date ? state : { ...state, date: action.date, slot: null, notice: null }
    case 'party':
      return action.party === state.party ? state : { ...state, party: action.party, slot: null, notice: null }
    case 'slot':
      return { ...state, slot: action.slot, depositDue: action.depositDue, notice: null }
    case 'details':
      return { ...state, details: { ...state.details, ...action.details } }
    case 'next': {
      if (!canLeave(state) || state.step === 'done') return state
      let next = ORDER[ORDER.indexOf(state.step) + 1]!
      if (next === 'deposit' && !state.depositDue) next = 'done'
      // "done" is only reached through a confirmed booking.
      if (next === 'done') return state
      return { ...state, step: next, notice: null }
    }
    case 'back': {
      if (state.step === 'when' || state.step === 'done') return state
      const previous = ORDER[ORDER.indexOf(state.step) - 1]!
      // Details typed so far are kept: stepping back never loses them.
      return { ...state, step: previous, notice: null }
    }
    case 'booked':
      return { ...state, step: 'done', confirmation: action.confirmation, notice: null }
    case 'slotTaken':
      return { ...state, step: 'when', slot: null, notice: action.message }
    case 'notice':
      return { ...state, notice: action.message }
    case 'goTo':
      // A booking made stays made; a step the choices do not allow is not entered.
      if (state.step === 'done' || action.step === state.step || !canBeOn(state, action.step)) return state
      return { ...state, step: action.step, notice: null }
    case 'restore': {
      if (!action.saved) return { ...state, restored: true }
      const restored = { ...state, ...action.saved, step: 'when' as Step, confirmation: null, notice: null, restored: true }
      return canBeOn(restored, action.saved.step) ? { ...restored, step: action.saved.step } : restored
    }
  }
}

/** Whether the current step's "continue" button should be offered as the final "book" action. */
export function isFinalStep(state: WizardState): boolean {
  return (state.step === 'details' && !state.depositDue) || state.step === 'deposit'
}
