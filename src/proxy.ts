import { NextResponse, type NextRequest } from 'next/server'

import { LOCALE_COOKIE, localeForVisitor } from './i18n/config'
import { pageHeaders } from './security/pageHeaders'

/**
 * "/" sends visitors to their language: the one they last read the site in (a cookie), else
 * Accept-Language, else French. The admin (rendered per request, never cached) gets a fresh nonce
 * and the Content-Security-Policy naming it; Next puts it on its scripts.
 * The site's pages get the same headers from scripts/server.mjs instead, with the marker its cache
 * is rendered with (src/security/pageHeaders.ts): running this proxy for them halved the rate at
 * which cached pages are served.
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
  const page = pageHeaders(
    {
      pathname,
      cookies: request.headers.get('cookie'),
      header: (name) => request.headers.get(name),
      https: request.nextUrl.protocol === 'https:' || (process.env.NEXT_PUBLIC_SERVER_URL ?? '').startsWith('https://'),
    },
    btoa(crypto.randomUUID()),
  )
  const headers = new Headers(request.headers)
  headers.set('Content-Security-Policy', page.policy)
  const response = NextResponse.next({ request: { headers } })
  // Next reads the nonce from this one too (it copies the proxy's answer headers onto the request).
  response.headers.set('Content-Security-Policy', page.policy)
  for (const [key, value] of page.headers) response.headers.set(key, value)
  if (page.setCookie) response.headers.append('Set-Cookie', page.setCookie)
  return response
}

export const config = { matcher: ['/', '/admin', '/admin/:path*'] }
