/**
 * The wizard kept in the tab's sessionStorage, one entry per restaurant, so a reload or the back
 * button brings the diner back where they were. Only what the diner chose and typed is kept —
 * never anything about payment (the deposit is paid on Stripe's page) — and it is removed once
 * the booking is made.
 */
import { emptyDetails, ORDER, type Details, type Step, type WizardState } from './wizardState'

export interface SavedWizard {
  v: 1
  /** the `?date=` the wizard was opened with: a new link starts afresh */
  origin: string | null
  step: Step
  party: number
  date: string | null
  slot: WizardState['slot']
  details: Details
  depositDue: boolean
  /** when the form was first shown in this tab (the browser's clock): the time trap counts from here */
  startedAt: number
}

const keyOf = (slug: string) => `techplus:booking:${slug}`

function storage(): Storage | null {
  try {
    return window.sessionStorage
  } catch {
    // Storage refused (privacy settings): the wizard simply starts afresh after a reload.
    return null
  }
}

const isString = (v: unknown): v is string => typeof v === 'string'

/** The saved wizard for this restaurant and link, or null when there is none or it is not one of ours. */
export function loadWizard(slug: string, origin: string | null): SavedWizard | null {
  try {
    const raw = storage()?.getItem(keyOf(slug))
    if (!raw) return null
    const saved = JSON.parse(raw) as Partial<SavedWizard>
    if (saved.v !== 1 || saved.origin !== origin || !ORDER.includes(saved.step as Step) || saved.step === 'done') return null
    if (typeof saved.party !== 'number' || typeof saved.startedAt !== 'number') return null
    const slot = saved.slot && isString(saved.slot.startsAt) && isString(saved.slot.time) && isString(saved.slot.service) ? saved.slot : null
    const details = Object.fromEntries(
      Object.entries(emptyDetails).map(([key, empty]) => {
        const value = (saved.details as Record<string, unknown> | undefined)?.[key]
        return [key, typeof value === typeof empty ? value : empty]
      }),
    ) as unknown as Details
    return { ...(saved as SavedWizard), date: isString(saved.date) ? saved.date : null, slot, details, depositDue: Boolean(saved.depositDue) }
  } catch {
    return null
  }
}

export function saveWizard(slug: string, saved: SavedWizard): void {
  try {
    storage()?.setItem(keyOf(slug), JSON.stringify(saved))
  } catch {
    // Full or refused: nothing to keep, nothing lost for this visit.
  }
}

export function clearWizard(slug: string): void {
  try {
    storage()?.removeItem(keyOf(slug))
  } catch {
    // nothing was kept
  }
}
