/**
 * The response headers of every page and API answer. Kept free of Next and Payload imports: pages
 * get them through src/security/pageHeaders.ts, which scripts/server.mjs loads before Next.
 */

const https = () => (process.env.NEXT_PUBLIC_SERVER_URL ?? '').startsWith('https://')

/**
 * The site's Content-Security-Policy: scripts only with this response's nonce (Next puts it on its
 * own scripts) and what they load ('strict-dynamic'); no inline script without it, no plugins, no
 * other site framing us — except our own admin, whose live preview shows the site in a frame.
 * A page that may be served from the cache gets scripts/server.mjs's marker as its nonce, which the
 * server replaces with the hashes of the page's own scripts (scripts/sealed-page.mjs).
 */
export function contentSecurityPolicy(nonce: string, { dev = process.env.NODE_ENV === 'development' } = {}): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    // Style attributes (React's style prop) cannot carry a nonce.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${dev ? ' ws: wss:' : ''}`,
    // The service worker (public/sw.js): without this, worker-src falls back to script-src, where
    // 'strict-dynamic' ignores 'self' and the browser refuses to register it.
    "worker-src 'self'",
    "manifest-src 'self'",
    "frame-ancestors 'self'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
    ...(https() ? ['upgrade-insecure-requests'] : []),
  ].join('; ')
}

/** Headers for every answer, pages and API alike. HSTS only where the site is served over HTTPS. */
export function securityHeaders(): Array<{ key: string; value: string }> {
  return [
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()' },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
    ...(https() ? [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }] : []),
  ]
}
