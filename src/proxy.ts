import { NextResponse, type NextRequest } from 'next/server'

import { localeFromAcceptLanguage } from './i18n/config'
import { contentSecurityPolicy, securityHeaders } from './security/headers'

/**
 * Every page: a fresh nonce and the Content-Security-Policy that names it (Next reads it from the
 * request and puts it on its scripts). "/" also sends visitors to their language:
 * Accept-Language first, French otherwise.
 */
export function proxy(request: NextRequest) {
  if (request.nextUrl.pathname === '/') {
    const url = request.nextUrl.clone()
    url.pathname = `/${localeFromAcceptLanguage(request.headers.get('accept-language'))}`
    const response = NextResponse.redirect(url, 307)
    response.headers.set('Vary', 'Accept-Language')
    return response
  }
  const nonce = btoa(crypto.randomUUID())
  const policy = contentSecurityPolicy(nonce)
  const headers = new Headers(request.headers)
  headers.set('Content-Security-Policy', policy)
  headers.set('x-nonce', nonce)
  const response = NextResponse.next({ request: { headers } })
  response.headers.set('Content-Security-Policy', policy)
  for (const { key, value } of securityHeaders()) response.headers.set(key, value)
  return response
}

// Pages only: the API, Next's static files and images, and uploads have no scripts to protect.
export const config = { matcher: ['/((?!api|_next/static|_next/image|favicon.ico|robots.txt|sitemap.xml).*)'] }
