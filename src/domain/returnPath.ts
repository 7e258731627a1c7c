/** Where a made-up origin stands in for ours: a path that resolves elsewhere leaves it. */
const HOME = 'http://return-path.invalid'

/**
 * The page a diner returns to after signing in, or null when `next` is not a path on this site.
 * Only a relative path starting with one slash is kept: "//evil.com" and "/\evil.com" are other
 * hosts to a browser, "https:…" and "javascript:…" are not paths, and control characters (which
 * browsers drop, so "/\t/evil.com" becomes "//evil.com") are refused outright. Never an open redirect.
 */
export function safeReturnPath(next: unknown): string | null {
  if (typeof next !== 'string' || next.length === 0 || next.length > 1000) return null
  if (!next.startsWith('/') || next.startsWith('//')) return null
  if (/[\\\u0000-\u001f\u007f]/.test(next)) return null
  let url: URL
  try {
    url = new URL(next, HOME)
  } catch {
    return null
  }
  if (url.origin !== HOME) return null
  return `${url.pathname}${url.search}${url.hash}`
}

/** `next` when it is safe, else where a diner lands by default (their account page). */
export function returnPathOr(next: unknown, fallback: string): string {
  return safeReturnPath(next) ?? fallback
}
