import { frameAncestorSources } from '../domain/embed/origins'

/**
 * Who may frame the booking widget (/embed/{locale}/{restaurant}). Every other page refuses any site
 * but ours (`frame-ancestors 'self'`, X-Frame-Options); this page lets in the sites its restaurant
 * lists (its `embedOrigins`). Pure, no Next: scripts/server.mjs loads it with pageHeaders.ts.
 *
 * The list lives in the database and the headers are written outside Next, so the page says it
 * itself: it renders a <meta> naming the sites, signed with the nonce it was rendered with (the
 * server's secret marker, which no content can know), and the server reads it from the finished
 * page before the headers leave (scripts/seal-response.mjs). The header and the page thus come from
 * the same read of the restaurant, with no second query and nothing cached apart.
 */

export const FRAME_ANCESTORS_META = 'techplus-frame-ancestors'

/** The widget's pages: the only ones other sites may frame. */
export function isEmbedPage(pathname: string): boolean {
  return pathname.startsWith('/embed/')
}

/** The content of the page's <meta>: the marker it was rendered with, then the restaurant's sites. */
export function frameAncestorsDeclaration(nonce: string, origins: readonly unknown[] | null | undefined): string {
  return [nonce, ...frameAncestorSources(origins).filter((source) => source !== "'self'")].join(' ')
}

/** The nonce Next renders this request's page with, from the policy the server put on the request. */
export function nonceOfPolicy(policy: string | null | undefined): string | null {
  return policy?.match(/'nonce-([^']+)'/)?.[1] ?? null
}

const DECLARATION = new RegExp(`<meta name="${FRAME_ANCESTORS_META}" content="([^"]*)"`)

/**
 * `policy` with the frame-ancestors the page declared, when it carries a declaration signed with
 * `marker`; else `policy` as it was (our own site only). Each site is checked again as an origin,
 * so nothing in the page can add a keyword or a wildcard.
 */
export function policyFramedAsDeclared(html: string, policy: string, marker: string): string {
  const [signature, ...origins] = (html.match(DECLARATION)?.[1] ?? '').split(' ')
  if (!marker || signature !== marker) return policy
  return policy.replace(/frame-ancestors [^;]*/, `frame-ancestors ${frameAncestorSources(origins).join(' ')}`)
}
