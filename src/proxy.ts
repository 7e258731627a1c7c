import { NextResponse, type NextRequest } from 'next/server'

import { localeFromAcceptLanguage } from './i18n/config'

/** "/" sends visitors to their language: Accept-Language first, French otherwise. */
export function proxy(request: NextRequest) {
  const locale = localeFromAcceptLanguage(request.headers.get('accept-language'))
  const url = request.nextUrl.clone()
  url.pathname = `/${locale}`
  const response = NextResponse.redirect(url, 307)
  response.headers.set('Vary', 'Accept-Language')
  return response
}

export const config = { matcher: ['/'] }
