'use client'

import { useEffect } from 'react'

import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE, type Locale } from '@/i18n/config'

/**
 * Stores the page's language as the visitor's choice when they reach it by a client-side navigation
 * (the header's language switch): the proxy stores it on full page loads, but cannot see these.
 */
export function RememberLanguage({ locale }: { locale: Locale }) {
  useEffect(() => {
    if (document.cookie.split('; ').includes(`${LOCALE_COOKIE}=${locale}`)) return
    const secure = location.protocol === 'https:' ? '; Secure' : ''
    document.cookie = `${LOCALE_COOKIE}=${locale}; Path=/; Max-Age=${LOCALE_COOKIE_MAX_AGE}; SameSite=Lax${secure}`
  }, [locale])
  return null
}
