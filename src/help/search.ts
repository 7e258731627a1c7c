/**
 * The Help view's search, run in the browser over the guide's text: small enough (two dozen pages of
 * prose) that a normalised scan beats shipping a search library. Accents, case and apostrophes
 * aside, so "acompte" finds "Acomptes" and "l’acompte", "reservation" finds "réservation" and "email"
 * finds "e-mail".
 */

/** One section of the guide: a page's heading and the prose under it, up to the next heading. */
export type GuideSection = { page: string; pageTitle: string; anchor: string; heading: string; text: string }

export type GuideHit = GuideSection & { excerpt: string }

/** Lower case, no accents, no hyphens inside words; an apostrophe separates (French "l’acompte"). */
export function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, ' ')
    .replace(/(?<=\p{L})-(?=\p{L})/gu, '')
}

const wordsOf = (query: string) => normalise(query).split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 0)

/**
 * The sections holding every word of the query (as the start of a word), best first: a word in the
 * heading counts more than one in the prose, and a page's title more than both.
 */
export function searchGuide(sections: GuideSection[], query: string, limit = 12): GuideHit[] {
  const words = wordsOf(query)
  if (words.length === 0) return []
  const startsWord = (word: string) => new RegExp(`(^|[^\\p{L}\\p{N}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u')
  const patterns = words.map(startsWord)
  const hits: { hit: GuideHit; score: number }[] = []
  for (const section of sections) {
    const heading = normalise(`${section.pageTitle} ${section.heading}`)
    const body = normalise(section.text)
    if (!patterns.every((pattern) => pattern.test(heading) || pattern.test(body))) continue
    const score = patterns.reduce((sum, pattern) => sum + (pattern.test(normalise(section.heading)) ? 5 : 0) + (pattern.test(normalise(section.pageTitle)) ? 3 : 0) + (body.match(new RegExp(pattern, 'gu'))?.length ?? 0), 0)
    hits.push({ hit: { ...section, excerpt: excerptOf(section.text, patterns[0] as RegExp) }, score })
  }
  return hits
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map(({ hit }) => hit)
}

/** About 160 characters of the section around the first word found, for the results list. */
function excerptOf(text: string, pattern: RegExp): string {
  // Normalising keeps one character per character except dropped accents and apostrophes; finding the
  // position in a copy with only accents removed keeps the offsets aligned with the original.
  const flat = text.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC')
  const sameLength = flat.length === text.length
  const at = sameLength ? Math.max(0, (pattern.exec(flat.toLowerCase())?.index ?? 0) - 40) : 0
  const start = at > 0 ? text.lastIndexOf(' ', at) + 1 : 0
  const slice = text.slice(start, start + 160)
  return `${start > 0 ? '…' : ''}${slice}${start + 160 < text.length ? '…' : ''}`
}
