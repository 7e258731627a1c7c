import { createHash } from 'node:crypto'
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { buildIntegrity, policyNamesMarker, policyWith, scriptMarker, sealPage } from '../../scripts/sealed-page.mjs'

const marker = scriptMarker('a-secret')
const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`
const policy = `default-src 'self'; script-src 'self' 'nonce-${marker}' 'strict-dynamic'; object-src 'none'`

/** A cached page as Next renders it with the marker as its nonce, plus what content could smuggle in. */
const page = [
  '<html><head>',
  `<link rel="preload" as="script" href="/_next/static/chunks/a.js" nonce="${marker}"/>`,
  `<script src="/_next/static/chunks/a.js" async="" integrity="sha256-AAAA" nonce="${marker}"></script>`,
  `<script src="/_next/static/chunks/b.js" async="" nonce="${marker}"></script>`,
  '</head><body><main>',
  '<script>alert("injected by content")</script>',
  '<script type="application/ld+json">{"@type":"Restaurant"}</script>',
  `<script nonce="${marker}">self.__next_f.push([1,"{\\"nonce\\":\\"${marker}\\"}"])</script>`,
  '</main></body></html>',
].join('')

describe('a cached page sealed on its way out', () => {
  it('allows exactly the scripts rendered with the marker: inline ones by their hash, files by their integrity', () => {
    const { html, sources } = sealPage(page, marker, (src: string) => (src.endsWith('b.js') ? 'sha256-BBBB' : null))
    expect(sources).toEqual(["'sha256-AAAA'", "'sha256-BBBB'", sha('self.__next_f.push([1,"{\\"nonce\\":\\"\\"}"])')])
    // The script the browser gets is the one whose hash is allowed.
    expect(html).toContain('<script>self.__next_f.push([1,"{\\"nonce\\":\\"\\"}"])</script>')
    // A file Next left without an integrity hash gets the one computed from the build.
    expect(html).toContain('<script src="/_next/static/chunks/b.js" async="" integrity="sha256-BBBB"></script>')
    // Content that slipped a script into the page is not allowed: the browser refuses it.
    expect(sources).not.toContain(sha('alert("injected by content")'))
  })

  it('never lets the marker out, neither in the page nor in its policy', () => {
    const { html, sources } = sealPage(page, marker)
    expect(html).not.toContain(marker)
    const sealed = policyWith(policy, marker, sources)
    expect(sealed).not.toContain(marker)
    expect(sealed).toContain(`script-src 'self' 'sha256-AAAA' ${sha('self.__next_f.push([1,"{\\"nonce\\":\\"\\"}"])')} 'strict-dynamic'`)
    expect(sealed).not.toContain('unsafe-inline')
  })

  it('recognises only the policies the proxy gave the marker', () => {
    expect(policyNamesMarker(policy, marker)).toBe(true)
    expect(policyNamesMarker("script-src 'self' 'nonce-abc' 'strict-dynamic'", marker)).toBe(false)
  })

  it('uses one marker per secret, so every node sharing a cache recognises the others’ pages', () => {
    expect(scriptMarker('a-secret')).toBe(marker)
    expect(scriptMarker('another-secret')).not.toBe(marker)
    // Next reads a nonce only from these characters.
    expect(marker).toMatch(/^[A-Za-z0-9_-]{32}$/)
  })
})

describe('integrity of the build’s own scripts', () => {
  const dist = mkdtempSync(path.join(tmpdir(), 'dist-'))
  mkdirSync(path.join(dist, 'static/chunks'), { recursive: true })
  writeFileSync(path.join(dist, 'static/chunks/c.js'), 'console.log(1)')
  const integrityOf = buildIntegrity(dist)

  it('is the SHA-256 of the file Next serves at that address', () => {
    expect(`'${integrityOf('/_next/static/chunks/c.js?v=1')}'`).toBe(sha('console.log(1)'))
  })

  it('is nothing for other addresses or files that are not there', () => {
    expect(integrityOf('/_next/static/../../etc/passwd')).toBeNull()
    expect(integrityOf('https://cdn.example/x.js')).toBeNull()
    expect(integrityOf('/_next/static/chunks/missing.js')).toBeNull()
  })
})
