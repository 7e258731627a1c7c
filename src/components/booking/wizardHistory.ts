/**
 * One browser history entry per wizard step, so the back button goes to the previous step rather
 * than off the site. Next's router patches pushState/replaceState and copies its own state into
 * ours, so its back/forward handling keeps working on these entries.
 */
import { ORDER, stepsUpTo, type Step } from './wizardState'

type Entry = { wizardStep?: Step } | null

export function stepInHistory(): Step | undefined {
  return (window.history.state as Entry)?.wizardStep
}

const write = (how: 'pushState' | 'replaceState', step: Step) => window.history[how]({ ...(window.history.state as object), wizardStep: step }, '')

/**
 * Brings the history in line with the step shown: a step forward is a new entry; a step back the
 * page itself made (a time taken meanwhile) replaces the entry; a wizard restored after a reload
 * gets one entry per step it passed through, when the browser kept none.
 */
export function syncHistory(step: Step, depositDue: boolean): void {
  const here = stepInHistory()
  if (here === step) return
  if (step === 'done') return write('replaceState', 'done')
  if (here === undefined) {
    const [first, ...rest] = stepsUpTo(step, depositDue)
    write('replaceState', first!)
    for (const s of rest) write('pushState', s)
  } else if (ORDER.indexOf(step) > ORDER.indexOf(here)) write('pushState', step)
  else write('replaceState', step)
}
