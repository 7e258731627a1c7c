/** Public base URL of the site, for links in emails, previews and metadata. */
export function serverUrl(): string {
  return (process.env.NEXT_PUBLIC_SERVER_URL ?? process.env.SERVER_URL ?? 'http://localhost:3000').replace(/\/$/, '')
}

/**
 * The origins allowed to call the API with a staff member's cookie (CSRF) and to read its answers
 * (CORS): the site itself, any listed in ALLOWED_ORIGINS, and in development both spellings of
 * the local address.
 */
export function allowedOrigins(): string[] {
  const extra = (process.env.ALLOWED_ORIGINS ?? '')
    .split(',')
    .map((o) => o.trim().replace(/\/$/, ''))
    .filter(Boolean)
  const local = process.env.NODE_ENV === 'production' ? [] : ['http://localhost:3000', 'http://127.0.0.1:3000']
  return [...new Set([serverUrl(), ...extra, ...local])]
}
