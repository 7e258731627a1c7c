import { NextResponse, type NextRequest } from 'next/server'

import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE, localeForVisitor, localeOfPath } from './i18n/config'
import { contentSecurityPolicy, securityHeaders } from './security/headers'

/** Next's draft-mode cookie: a page read with it shows unpublished content. */
const DRAFT_COOKIE = '__prerender_bypass'
/** A signed-in diner's session (src/collections/Customers/session.ts): their booking page is prefilled with their details. */
const DINER_COOKIE = 'techplus-diner'

/**
 * Tells the service worker (public/sw.js) not to keep a copy of this page for offline reading:
 * drafts, the admin, the diner's account and their prefilled booking form are never stored on the device.
 */
const OFFLINE_COPY_HEADER = 'X-Offline-Copy'

/** Given by scripts/server.mjs on every request (scripts/sealed-page.mjs); never a client's. */
const MARKER_HEADER = 'x-techplus-script-marker'

/**
 * Every page gets its Content-Security-Policy, whose nonce Next puts on its scripts. The site's
 * pages, served from a cache shared by every visitor, are rendered with the server's fixed marker
 * as that nonce; scripts/server.mjs turns it into the hashes of the page's scripts on the way out.
 * The admin (never cached) gets a fresh nonce per request.
 * "/" sends visitors to their language: the one they last read the site in (a cookie), else
 * Accept-Language, else French; each localized page remembers its language in that cookie.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl
  if (pathname === '/') {
    const url = request.nextUrl.clone()
    url.pathname = `/${localeForVisitor({ cookie: request.cookies.get(LOCALE_COOKIE)?.value, acceptLanguage: request.headers.get('accept-language') })}`
    const response = NextResponse.redirect(url, 307)
    response.headers.set('Vary', 'Cookie, Accept-Language')
    return response
  }
  const marker = request.headers.get(MARKER_HEADER)
  const admin = pathname === '/admin' || pathname.startsWith('/admin/')
  // Without scripts/server.mjs in front (a bare `next start`) nothing would seal the pages: nonces.
  const nonce = admin || !marker ? btoa(crypto.randomUUID()) : marker
  const headers = new Headers(request.headers)
  headers.delete(MARKER_HEADER)
  const policy = contentSecurityPolicy(nonce)
  headers.set('Content-Security-Policy', policy)
  const response = NextResponse.next({ request: { headers } })
  // Next reads the nonce from this one (it copies the proxy's answer headers onto the request).
  response.headers.set('Content-Security-Policy', policy)
  for (const { key, value } of securityHeaders()) response.headers.set(key, value)
  rememberLanguage(request, response)
  if (!mayBeKeptOffline(request)) response.headers.set(OFFLINE_COPY_HEADER, 'never')
  return response
}

function rememberLanguage(request: NextRequest, response: NextResponse) {
  const locale = localeOfPath(request.nextUrl.pathname)
  if (!locale || request.cookies.get(LOCALE_COOKIE)?.value === locale || !isVisit(request)) return
  response.cookies.set(LOCALE_COOKIE, locale, {
    path: '/',
    maxAge: LOCALE_COOKIE_MAX_AGE,
    sameSite: 'lax',
    secure: request.nextUrl.protocol === 'https:' || (process.env.NEXT_PUBLIC_SERVER_URL ?? '').startsWith('https://'),
  })
}

/**
 * A page the visitor opens in the window. Not what a script or the service worker fetches, nor the
 * admin's live-preview frame, nor a browser's speculative prefetch. Client-side navigations (the
 * header's language switch) cannot be told from Next's prefetches here, which Next strips of their
 * RSC headers before the proxy runs: the page stores those itself (src/components/pwa/RememberLanguage.tsx).
 */
function isVisit(request: NextRequest): boolean {
  const { headers } = request
  if (/prefetch/i.test(headers.get('sec-purpose') ?? headers.get('purpose') ?? '')) return false
  const destination = headers.get('sec-fetch-dest')
  return destination === null || destination === 'document'
}

function mayBeKeptOffline(request: NextRequest): boolean {
  const { pathname } = request.nextUrl
  if (request.cookies.has(DRAFT_COOKIE)) return false
  if (pathname === '/admin' || pathname.startsWith('/admin/')) return false
  // The booking wizard of a signed-in diner holds their name, email and phone.
  if (request.cookies.has(DINER_COOKIE) && /^\/[^/]+(\/[^/]+)?\/book(\/|$)/.test(pathname)) return false
  return !/^\/[^/]+\/account(\/|$)/.test(pathname)
}

// Pages only: the API, Next's static files and images, and uploads have no scripts to protect.
export const config = { matcher: ['/((?!api|_next/static|_next/image|favicon.ico|robots.txt|sitemap.xml).*)'] }
