/**
 * The label an HTTP metric gets for a path: words the app itself defines (collection and global
 * slugs, endpoint path words) stay, anything else becomes a placeholder. Never the raw URL: a
 * manage link's token is a secret, and every slug or id would be a new time series.
 *
 *   /api/reservations/manage/3fa9…   → /api/reservations/manage/:param
 *   /api/restaurants/le-petit-zinc/availability → /api/restaurants/:param/availability
 *   /api/reservations/42             → /api/reservations/:id
 */
export function routeTemplate(pathname: string, knownWords: ReadonlySet<string>): string {
  const segments = pathname.split('/').filter(Boolean)
  if (segments[0] !== 'api') return '/:other'
  const shaped = segments.slice(1, 8).map((segment) => {
    if (/^\d+$/.test(segment)) return ':id'
    return knownWords.has(segment) ? segment : ':param'
  })
  return ['/api', ...shaped].join('/') + (segments.length > 8 ? '/…' : '')
}

/** The literal words of endpoint paths such as `/:slug/availability` or `/manage/:token`. */
export function pathWords(path: string): string[] {
  return path.split('/').filter((segment) => segment && !segment.startsWith(':'))
}

/** Payload's own REST words (login, versions, file…), which no config lists. */
export const PAYLOAD_REST_WORDS = [
  'access',
  'count',
  'distinct',
  'duplicate',
  'file',
  'first-register',
  'forgot-password',
  'globals',
  'graphql',
  'init',
  'login',
  'logout',
  'me',
  'preview',
  'refresh-token',
  'reset-password',
  'restore',
  'unlock',
  'verify',
  'versions',
  'webhooks',
]
