import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE, localeOfPath } from '../i18n/config'
import { isEmbedPage } from './embedPolicy'
import { contentSecurityPolicy, securityHeaders } from './headers'

/**
 * What every page answer carries besides its body: the Content-Security-Policy naming the nonce
 * Next renders its scripts with, the security headers, whether the service worker may keep a copy,
 * and the language cookie. Pure (no Next, no Node): scripts/server.mjs applies it to the site's
 * pages before Next sees them, src/proxy.ts to the admin's. Running Next's proxy for every site
 * page halved the rate at which cached pages are served, for work that needs nothing from Next.
 */

/** Next's draft-mode cookie: a page read with it shows unpublished content. */
const DRAFT_COOKIE = '__prerender_bypass'
/** A signed-in diner's session (src/collections/Customers/session.ts): their booking page is prefilled with their details. */
const DINER_COOKIE = 'techplus-diner'

/**
 * Tells the service worker (public/sw.js) not to keep a copy of this page for offline reading:
 * drafts, the admin, the diner's account and their prefilled booking form are never stored on the device.
 */
export const OFFLINE_COPY_HEADER = 'X-Offline-Copy'

export interface PageRequest {
  pathname: string
  /** the raw Cookie header */
  cookies: string | null
  header: (name: string) => string | null
  /** served over HTTPS (the language cookie is then Secure) */
  https: boolean
}

export interface PageAnswer {
  /** the policy, for the request (Next reads its nonce there) and the answer alike */
  policy: string
  headers: Array<[string, string]>
  /** the language cookie to store, if this visit changes it */
  setCookie: string | null
}

/** The site's pages that scripts/server.mjs answers for: not the API, Next's files, `/` (a redirect) or the admin. */
export function isSitePage(pathname: string): boolean {
  if (pathname === '/' || pathname === '/admin' || pathname.startsWith('/admin/')) return false
  return !/^\/(api|_next\/static|_next\/image|favicon\.ico|robots\.txt|sitemap\.xml)/.test(pathname)
}

export function cookieOf(cookies: string | null, name: string): string | undefined {
  for (const pair of (cookies ?? '').split(';')) {
    const at = pair.indexOf('=')
    if (at > 0 && pair.slice(0, at).trim() === name) return pair.slice(at + 1).trim()
  }
  return undefined
}

export function pageHeaders(request: PageRequest, nonce: string): PageAnswer {
  const policy = contentSecurityPolicy(nonce)
  const headers: Array<[string, string]> = securityHeaders()
    // The booking widget is framed by the restaurant's own sites: its policy's frame-ancestors
    // says which (src/security/embedPolicy.ts), and X-Frame-Options can only say ours.
    .filter(({ key }) => !(key === 'X-Frame-Options' && isEmbedPage(request.pathname)))
    .map(({ key, value }) => [key, value])
  if (!mayBeKeptOffline(request)) headers.push([OFFLINE_COPY_HEADER, 'never'])
  return { policy, headers, setCookie: languageCookie(request) }
}

/** Each localized page the visitor opens remembers its language, for "/" next time. */
function languageCookie(request: PageRequest): string | null {
  const locale = localeOfPath(request.pathname)
  if (!locale || cookieOf(request.cookies, LOCALE_COOKIE) === locale || !isVisit(request)) return null
  return `${LOCALE_COOKIE}=${locale}; Path=/; Max-Age=${LOCALE_COOKIE_MAX_AGE}; SameSite=Lax${request.https ? '; Secure' : ''}`
}

/**
 * A page the visitor opens in the window. Not what a script or the service worker fetches, nor the
 * admin's live-preview frame, nor a browser's speculative prefetch. Client-side navigations (the
 * header's language switch) cannot be told from Next's prefetches here, as Next strips them of their
 * RSC headers: the page stores those itself (src/components/pwa/RememberLanguage.tsx).
 */
function isVisit(request: PageRequest): boolean {
  if (/prefetch/i.test(request.header('sec-purpose') ?? request.header('purpose') ?? '')) return false
  const destination = request.header('sec-fetch-dest')
  return destination === null || destination === 'document'
}

function mayBeKeptOffline({ pathname, cookies }: PageRequest): boolean {
  if (cookieOf(cookies, DRAFT_COOKIE) !== undefined) return false
  if (pathname === '/admin' || pathname.startsWith('/admin/')) return false
  // The booking wizard of a signed-in diner holds their name, email and phone.
  if (cookieOf(cookies, DINER_COOKIE) !== undefined && /^\/[^/]+(\/[^/]+)?\/book(\/|$)/.test(pathname)) return false
  return !/^\/[^/]+\/account(\/|$)/.test(pathname)
}
