/**
 * The site's booking and contact forms send this beside their fields: the value of a hidden field
 * no person sees (a robot filling every input fills it) and how long the form had been open.
 *
 * Only the site's forms send it, so only they are checked: a partner posting JSON to the API sends
 * no `form` and is not affected. A robot that studies the API can leave it out like any API client;
 * the rate limits are what stop that one. The trap catches robots that fill and post the site's
 * forms, which is what forms on the open web meet.
 */
export interface FormTrap {
  /** the honeypot: empty when a person sent the form */
  website: string
  /** milliseconds between the form's first showing in this tab and its sending, on the browser's clock */
  elapsedMs: number
}

/**
 * Faster than anyone fills either form: the wizard asks for a day, a time and two clicks on other
 * screens before it sends; the contact form for a message of ten characters or more. The wizard
 * counts from the form's first showing in the tab (kept with its saved state), so a diner whose
 * details come back after a reload, or are prefilled, has long passed it. And our forms never send
 * less: a quicker submission is held in the browser until the minimum has passed
 * (src/components/formTiming.ts), so no person is ever refused; a request claiming less time was
 * not sent by our pages.
 */
export const MIN_FILL_MS = 2000

/** Null when the form looks sent by a person; the refusal's code otherwise. */
export function trapRefusal(trap: FormTrap | undefined): 'suspected_bot' | null {
  if (!trap) return null
  if (trap.website.trim() !== '') return 'suspected_bot'
  if (trap.elapsedMs < MIN_FILL_MS) return 'suspected_bot'
  return null
}
