import { describe, expect, it } from 'vitest'

import { frameAncestorSources, normalizeOrigin } from '@/domain/embed/origins'
import { frameAncestorsDeclaration, policyFramedAsDeclared } from '@/security/embedPolicy'
import { contentSecurityPolicy } from '@/security/headers'
import { pageHeaders } from '@/security/pageHeaders'

const marker = 'm4rk3r-only-the-server-knows'
const policy = contentSecurityPolicy(marker, { dev: false })
const page = (declaration: string) => `<html><head><meta name="techplus-frame-ancestors" content="${declaration}"/></head><body>…</body></html>`
const headersOf = (pathname: string) => Object.fromEntries(pageHeaders({ pathname, cookies: null, header: () => null, https: false }, marker).headers)

describe('a restaurant’s embedding sites, as origins', () => {
  it('keeps a site’s origin in one spelling', () => {
    expect(normalizeOrigin(' HTTPS://Hotel-du-Port.example:443/ ')).toBe('https://hotel-du-port.example')
    expect(normalizeOrigin('https://tourisme.example:8443')).toBe('https://tourisme.example:8443')
    expect(normalizeOrigin('http://localhost:4100')).toBe('http://localhost:4100')
  })

  it('refuses what is not a site: a page, a wildcard, credentials, plain http elsewhere than this machine, a policy keyword', () => {
    for (const value of ['https://a.example/book', 'https://*.example', 'https://user:pw@a.example', 'http://a.example', "'unsafe-inline'", 'a.example', 'https://a.example?x=1', 'https://a.example https://b.example']) {
      expect(normalizeOrigin(value), value).toBeNull()
    }
  })

  it('always lets our own site frame the widget, then the listed sites; anything else stored is dropped', () => {
    expect(frameAncestorSources(['https://a.example', 'https://*.evil.example', "'unsafe-inline'", 42])).toEqual(["'self'", 'https://a.example'])
    expect(frameAncestorSources(null)).toEqual(["'self'"])
  })
})

describe('the widget page’s frame-ancestors', () => {
  it('are the sites the page declared with the server’s marker', () => {
    const framed = policyFramedAsDeclared(page(frameAncestorsDeclaration(marker, ['https://hotel.example'])), policy, marker)
    expect(framed).toContain("frame-ancestors 'self' https://hotel.example;")
    // The rest of the policy is untouched.
    expect(framed.replace(/frame-ancestors [^;]*/, '')).toBe(policy.replace(/frame-ancestors [^;]*/, ''))
  })

  it('stay our own site only when the declaration is not signed with the marker (content that imitates it)', () => {
    expect(policyFramedAsDeclared(page('guessed https://evil.example'), policy, marker)).toContain("frame-ancestors 'self';")
    expect(policyFramedAsDeclared('<html><body>no declaration</body></html>', policy, marker)).toContain("frame-ancestors 'self';")
  })

  it('never take a keyword or a wildcard, even signed', () => {
    const framed = policyFramedAsDeclared(page(`${marker} * https://ok.example 'unsafe-inline'`), policy, marker)
    expect(framed).toContain("frame-ancestors 'self' https://ok.example;")
  })

  it('drop X-Frame-Options on the widget’s pages only: every other page still refuses other sites', () => {
    expect(headersOf('/embed/fr/le-petit-zinc')['X-Frame-Options']).toBeUndefined()
    expect(headersOf('/fr/le-petit-zinc/book')['X-Frame-Options']).toBe('SAMEORIGIN')
    expect(headersOf('/fr/embed')['X-Frame-Options']).toBe('SAMEORIGIN')
  })
})
