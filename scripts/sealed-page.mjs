/**
 * Content-Security-Policy for pages served from Next's cache, which cannot carry a per-request nonce
 * (the same HTML answers everyone). Such pages are rendered with a fixed *marker* nonce known only
 * to the servers (derived from PAYLOAD_SECRET); on the way out, each script that carries the marker
 * (Next's own, and nothing a piece of content could smuggle in) is allowed by its hash instead:
 * inline scripts by the SHA-256 of their text, external ones by their Subresource Integrity hash
 * (next.config's experimental.sri). The marker itself never leaves the server.
 *
 * Plain JavaScript: scripts/server.mjs runs it before Next (and TypeScript) are loaded.
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * The marker for this deployment: the same on every node sharing the cache (same secret), unknown
 * to clients. Without a secret (development), one per process.
 */
export function scriptMarker(secret) {
  const seed = secret || `${process.pid}:${Date.now()}:${Math.random()}`
  return createHash('sha256').update(`techplus-cached-page-scripts:${seed}`).digest('base64url').slice(0, 32)
}

const SCRIPT_TAG = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi
const LINK_TAG = /<link\b[^>]*>/gi
const INTEGRITY = /\bintegrity="([^"]+)"/i
const SRC = /\bsrc="([^"]+)"/i

/**
 * Removes the marker from `html` and returns the script-src sources that allow exactly the scripts
 * that carried it. A script without the marker (one that content managed to inject) gets no hash
 * and stays refused. `integrityOf(src)` gives the hash of one of the app's own script files.
 *
 * @param {string} html
 * @param {string} marker
 * @param {(src: string) => string | null} [integrityOf]
 */
export function sealPage(html, marker, integrityOf = () => null) {
  const nonce = ` nonce="${marker}"`
  const sources = new Set()
  const sealed = html
    .replace(SCRIPT_TAG, (tag, attributes, body) => {
      if (!attributes.includes(nonce)) return tag
      let kept = attributes.replace(nonce, '')
      // React's resource hints inside the page's data may name the nonce too: it goes before hashing.
      const text = body.replaceAll(marker, '')
      const src = kept.match(SRC)?.[1]
      if (src) {
        // Next gives most of its scripts an integrity hash (experimental.sri), not every one.
        const integrity = kept.match(INTEGRITY)?.[1] ?? integrityOf(src)
        if (integrity && !INTEGRITY.test(kept)) kept += ` integrity="${integrity}"`
        for (const hash of integrity?.split(/\s+/) ?? []) sources.add(`'${hash}'`)
      } else {
        sources.add(`'sha256-${createHash('sha256').update(text).digest('base64')}'`)
      }
      return `<script${kept}>${text}</script>`
    })
    // Preloads of scripts carry the nonce too; they need none (scripts they fetch are hash-checked).
    .replace(LINK_TAG, (tag) => (tag.includes(nonce) ? tag.replace(nonce, '') : tag))
    // Anywhere else it can only be a mention of the nonce: it never leaves the server.
    .replaceAll(marker, '')
  return { html: sealed, sources: [...sources] }
}

/** Whether this answer's policy names the marker as its nonce (scripts/server.mjs sets it for the site's pages). */
export function policyNamesMarker(policy, marker) {
  return policy.includes(`'nonce-${marker}'`)
}

/** The proxy's policy with this page's sources in place of the marker. */
export function policyWith(policy, marker, sources) {
  return policy.replace(`'nonce-${marker}'`, sources.join(' ')).replace(/ {2,}/g, ' ')
}

/**
 * `integrityOf` for the build in `distDir` (.next): the SHA-256 of one of Next's own script files,
 * read once (they never change within a build). Anything else has none.
 */
export function buildIntegrity(distDir) {
  const known = new Map()
  return (src) => {
    const path = src.split('?')[0]
    if (!path.startsWith('/_next/static/') || path.includes('..')) return null
    if (!known.has(path)) {
      try {
        known.set(path, `sha256-${createHash('sha256').update(readFileSync(join(distDir, path.slice('/_next'.length)))).digest('base64')}`)
      } catch {
        known.set(path, null)
      }
    }
    return known.get(path)
  }
}
