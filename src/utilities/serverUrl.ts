/** Public base URL of the site, for links in emails, previews and metadata. */
export function serverUrl(): string {
  return (process.env.NEXT_PUBLIC_SERVER_URL ?? process.env.SERVER_URL ?? 'http://localhost:3000').replace(/\/$/, '')
}
