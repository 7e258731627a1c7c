import type { FunnelStep } from './steps'

/** The wizard's screens (src/components/booking/wizardState.ts). */
export type WizardScreen = 'when' | 'details' | 'deposit' | 'done'

/**
 * The funnel steps a diner on a screen has reached. A page restored on a later screen (a reload)
 * counts the steps before it too, so every count stays "diners who got this far".
 */
export function stepsReachedOn(screen: WizardScreen): FunnelStep[] {
  switch (screen) {
    case 'when':
      return ['seen']
    case 'details':
      return ['seen', 'time_chosen']
    case 'deposit':
      return ['seen', 'time_chosen', 'details_entered', 'deposit_started']
    case 'done':
      return ['seen', 'time_chosen', 'details_entered', 'booked']
  }
}

/** The steps not sent yet from this page, in order: each page counts each step at most once. */
export function stepsToSend(reached: readonly FunnelStep[], alreadySent: ReadonlySet<FunnelStep>): FunnelStep[] {
  return [...new Set(reached)].filter((step) => !alreadySent.has(step))
}
