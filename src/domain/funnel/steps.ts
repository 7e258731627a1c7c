/**
 * The booking funnel: what the wizard tells the server, as counts only. No step carries anything
 * about the diner; the server adds the restaurant's local day and nothing else (no cookie, no
 * address, no session id), so the site needs no consent banner for it.
 */

/** The wizard's steps in the order a diner reaches them; `waitlist_joined` stands beside them. */
export const FUNNEL_STEPS = ['seen', 'time_chosen', 'details_entered', 'deposit_started', 'booked', 'waitlist_joined'] as const
export type FunnelStep = (typeof FUNNEL_STEPS)[number]

/**
 * Where the wizard was shown: the site's booking pages (`site`: /{locale}/book and
 * /{locale}/{restaurant}/book, which the group home's links also lead to) or another site's page
 * through the widget (`widget`: /embed/…).
 */
export const FUNNEL_SOURCES = ['site', 'widget'] as const
export type FunnelSource = (typeof FUNNEL_SOURCES)[number]

/**
 * Sent with every event by the wizard's own script: a request without it (a crawler replaying
 * URLs, a hand-made POST) is ignored. Not a secret, a filter for blind traffic.
 */
export const FUNNEL_MARKER = 'techplus-wizard-1'

/** At most one of each step per request: a page sends each step once, so more is not a diner. */
export const MAX_STEPS_PER_EVENT = FUNNEL_STEPS.length

/** The plan's functional targets (docs: seed plan, "KPIs fonctionnels"). */
export const FUNNEL_TARGETS = { conversionPercent: 15, abandonmentPercent: 30 } as const
