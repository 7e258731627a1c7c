import { z } from 'zod'

import { FUNNEL_MARKER, FUNNEL_SOURCES, FUNNEL_STEPS, MAX_STEPS_PER_EVENT } from './steps'

// In the browser, zod must not probe for `new Function` (the site's CSP forbids eval).
if (typeof window !== 'undefined') z.config({ jitless: true })

/**
 * What the wizard sends: its marker, where it is shown and the steps just reached (each at most
 * once). Nothing else is accepted: an unknown key is refused, so no identifier can ride along.
 */
export const funnelEventSchema = z
  .strictObject({
    marker: z.literal(FUNNEL_MARKER, { message: 'funnel_marker_missing' }),
    source: z.enum(FUNNEL_SOURCES),
    steps: z.array(z.enum(FUNNEL_STEPS)).min(1).max(MAX_STEPS_PER_EVENT),
  })
  .refine((e) => new Set(e.steps).size === e.steps.length, { message: 'funnel_step_repeated', path: ['steps'] })

export type FunnelEvent = z.infer<typeof funnelEventSchema>
