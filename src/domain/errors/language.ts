import { isLanguage, type Language } from '../locale'

/**
 * The language an API answer speaks: `?locale=fr|en` first (a partner can pin it), then the
 * request's Accept-Language in quality order, else English — the API's own language, whereas the
 * site falls back to French.
 */
export function answerLanguage(query: string | null | undefined, acceptLanguage: string | null | undefined): Language {
  if (isLanguage(query)) return query
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';')
      const q = params.find((p) => p.trim().startsWith('q='))
      return { language: tag.trim().toLowerCase().split(/[-_]/)[0], q: q ? Number(q.trim().slice(2)) : 1 }
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q)
  return ranked.map((entry) => entry.language).find(isLanguage) ?? 'en'
}
