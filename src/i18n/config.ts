export const LOCALES = ['fr', 'en'] as const
export type Locale = (typeof LOCALES)[number]
export const DEFAULT_LOCALE: Locale = 'fr'

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value)
}

/** Picks the visitor's language from Accept-Language (quality order), falling back to French. */
export function localeFromAcceptLanguage(header: string | null | undefined): Locale {
  if (!header) return DEFAULT_LOCALE
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';')
      const q = params.find((p) => p.trim().startsWith('q='))
      return { lang: tag.toLowerCase().split('-')[0], q: q ? Number(q.trim().slice(2)) : 1 }
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q)
  return ranked.map((entry) => entry.lang).find(isLocale) ?? DEFAULT_LOCALE
}

/** The cookie that remembers the language a visitor last chose (or read the site in). */
export const LOCALE_COOKIE = 'NEXT_LOCALE'
/** A year, in seconds: a cookie's lifetime, not calendar arithmetic. */
export const LOCALE_COOKIE_MAX_AGE = 31_536_000

/**
 * The language "/" sends a visitor to: the one they chose before (the cookie) wins over what their
 * browser asks for, which wins over French. A cookie holding anything else is ignored.
 */
export function localeForVisitor({ cookie, acceptLanguage }: { cookie?: string | null; acceptLanguage?: string | null }): Locale {
  return isLocale(cookie) ? cookie : localeFromAcceptLanguage(acceptLanguage)
}

/** The language a site path is in ("/en/menu" → en), or undefined outside the localized pages. */
export function localeOfPath(pathname: string): Locale | undefined {
  const first = pathname.split('/')[1]
  return isLocale(first) ? first : undefined
}

/**
 * The language of a page whose route could not be read (the global error page replaces the
 * whole document): its path, else the document's lang, else the remembered choice, else French.
 */
export function localeOfPage({ pathname, htmlLang, cookies }: { pathname: string; htmlLang?: string; cookies?: string }): Locale {
  const remembered = (cookies ?? '')
    .split(';')
    .map((pair) => pair.trim().split('='))
    .find(([name]) => name === LOCALE_COOKIE)?.[1]
  return localeOfPath(pathname) ?? [htmlLang, remembered].find(isLocale) ?? DEFAULT_LOCALE
}
