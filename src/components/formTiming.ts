import { MIN_FILL_MS } from '@/domain/forms/trap'

/**
 * What the site's forms send as `form` (src/domain/forms/trap.ts), once the form has been open
 * long enough: a submission faster than the time trap's minimum is held until it has passed
 * rather than refused, so however quick a person is, the server never turns them away; only a
 * request that claims less time, which our forms never send, is refused.
 */
export async function formTrapAfterMinimum(startedAt: number, honeypot: string): Promise<{ website: string; elapsedMs: number }> {
  const wait = startedAt + MIN_FILL_MS - Date.now()
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait + 50))
  return { website: honeypot, elapsedMs: Math.max(0, Date.now() - startedAt) }
}
