import { NextRequest } from 'next/server'
import { describe, expect, it } from 'vitest'

import { localeForVisitor, localeOfPage } from '@/i18n/config'
import { config, proxy } from '@/proxy'
import { isSitePage, pageHeaders } from '@/security/pageHeaders'

const visit = (path: string, headers: Record<string, string> = {}) => proxy(new NextRequest(`http://localhost:3000${path}`, { headers }))

describe('the language "/" opens', () => {
  it('is the one the visitor chose before, whatever their browser asks for', () => {
    expect(localeForVisitor({ cookie: 'fr', acceptLanguage: 'en-GB,en;q=0.9' })).toBe('fr')
    expect(localeForVisitor({ cookie: 'en', acceptLanguage: 'fr-FR' })).toBe('en')
  })

  it('follows the browser when nothing was chosen, or the cookie holds something else', () => {
    expect(localeForVisitor({ acceptLanguage: 'en-GB,en;q=0.9' })).toBe('en')
    expect(localeForVisitor({ cookie: 'de', acceptLanguage: 'en' })).toBe('en')
  })

  it('is French when neither says', () => {
    expect(localeForVisitor({})).toBe('fr')
    expect(localeForVisitor({ cookie: '', acceptLanguage: 'de-DE' })).toBe('fr')
  })

  it('is sent as a redirect that varies on both the cookie and Accept-Language', () => {
    const response = visit('/', { 'accept-language': 'en-GB', cookie: 'NEXT_LOCALE=fr' })
    expect(response.status).toBe(307)
    expect(new URL(response.headers.get('location')!).pathname).toBe('/fr')
    expect(response.headers.get('vary')).toBe('Cookie, Accept-Language')
    expect(new URL(visit('/', { 'accept-language': 'en-GB' }).headers.get('location')!).pathname).toBe('/en')
  })
})

describe('the remembered language', () => {
  it('is stored for a year, Lax, when a visitor opens a page in another language', () => {
    const cookie = visit('/en/menu', { 'sec-fetch-dest': 'document', cookie: 'NEXT_LOCALE=fr' }).headers.get('set-cookie')!
    expect(cookie).toMatch(/^NEXT_LOCALE=en;/)
    expect(cookie).toMatch(/Max-Age=31536000/)
    expect(cookie).toMatch(/SameSite=lax/i)
    expect(cookie).toMatch(/Path=\//)
  })

  it('is not touched by a script, the service worker or a speculative prefetch fetching a page, or pages outside the languages', () => {
    expect(visit('/fr/offline', { 'sec-fetch-dest': 'empty' }).headers.get('set-cookie')).toBeNull()
    expect(visit('/fr', { 'sec-fetch-dest': 'document', 'sec-purpose': 'prefetch' }).headers.get('set-cookie')).toBeNull()
    expect(visit('/en/manifest.webmanifest', { 'sec-fetch-dest': 'manifest' }).headers.get('set-cookie')).toBeNull()
    expect(visit('/en', { 'sec-fetch-dest': 'iframe' }).headers.get('set-cookie')).toBeNull()
    expect(visit('/admin', { 'sec-fetch-dest': 'document' }).headers.get('set-cookie')).toBeNull()
  })

  it('is not stored again when it already says so', () => {
    expect(visit('/fr', { cookie: 'NEXT_LOCALE=fr' }).headers.get('set-cookie')).toBeNull()
  })
})

describe('pages the proxy still protects', () => {
  it('keep their nonce-based policy, now allowing the service worker', () => {
    const policy = visit('/fr').headers.get('content-security-policy')!
    expect(policy).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/)
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/)
    expect(policy).toContain("worker-src 'self'")
  })

  it('render the site with the marker scripts/server.mjs gives (sealed into hashes on the way out), the admin with a fresh nonce each time', () => {
    const page = (pathname: string) => pageHeaders({ pathname, cookies: null, header: () => null, https: false }, 'V4pk7_g8_bpj5jEf8ZshDvzOsJQLbXuY')
    expect(page('/fr/menu').policy).toContain("'nonce-V4pk7_g8_bpj5jEf8ZshDvzOsJQLbXuY'")
    expect(['/fr', '/fr/le-petit-zinc/menu', '/en/find-booking', '/sw.js'].every(isSitePage)).toBe(true)
    expect(['/', '/admin', '/admin/collections/pages', '/api/health', '/_next/static/chunks/a.js', '/robots.txt'].some(isSitePage)).toBe(false)
    const admin = visit('/admin').headers.get('content-security-policy')!
    expect(admin).toMatch(/'nonce-[^']+'/)
    expect(visit('/admin').headers.get('content-security-policy')).not.toBe(admin)
    // Next runs the proxy for "/" and the admin alone.
    expect(config.matcher).toEqual(['/', '/admin', '/admin/:path*'])
  })

  it('tell the service worker never to keep drafts, the admin or account pages', () => {
    expect(visit('/fr/menu').headers.get('x-offline-copy')).toBeNull()
    expect(visit('/fr/menu', { cookie: '__prerender_bypass=abc' }).headers.get('x-offline-copy')).toBe('never')
    expect(visit('/admin/collections/reservations').headers.get('x-offline-copy')).toBe('never')
    expect(visit('/en/account/sign-in').headers.get('x-offline-copy')).toBe('never')
  })
})

describe('the global error page’s language', () => {
  it('is the address’s, else the document’s, else the remembered one, else French', () => {
    expect(localeOfPage({ pathname: '/en/menu', htmlLang: 'fr' })).toBe('en')
    expect(localeOfPage({ pathname: '/', htmlLang: 'en' })).toBe('en')
    expect(localeOfPage({ pathname: '/', htmlLang: '', cookies: 'a=b; NEXT_LOCALE=en' })).toBe('en')
    expect(localeOfPage({ pathname: '/admin' })).toBe('fr')
  })
})
