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
  const patterns = words.map((word) => new RegExp(`(?:^|[^\\p{L}\\p{N}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'gu'))
  const count = (pattern: RegExp, text: string) => text.match(pattern)?.length ?? 0
  const hits: { hit: GuideHit; score: number }[] = []
  for (const section of sections) {
    const { heading, pageTitle, body } = normalisedOf(section)
    let score = 0
    for (const pattern of patterns) {
      const inHeading = count(pattern, heading)
      const inTitle = count(pattern, pageTitle)
      const inBody = count(pattern, body)
      if (inHeading + inTitle + inBody === 0) {
        score = -1
        break
      }
      score += 5 * Math.min(inHeading, 1) + 3 * Math.min(inTitle, 1) + inBody
    }
    if (score > 0) hits.push({ hit: { ...section, excerpt: excerptOf(section.text, words[0] as string) }, score })
  }
  return hits
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map(({ hit }) => hit)
}

/** Each section normalised once, however many times the reader types. */
const normalised = new WeakMap<GuideSection, { heading: string; pageTitle: string; body: string }>()
function normalisedOf(section: GuideSection) {
  let forms = normalised.get(section)
  if (!forms) {
    forms = { heading: normalise(section.heading), pageTitle: normalise(section.pageTitle), body: normalise(section.text) }
    normalised.set(section, forms)
  }
  return forms
}

/** About 160 characters of the section around the first word found, for the results list. */
function excerptOf(text: string, word: string): string {
  // Accents off one by one (NFD then marks dropped, back to NFC) keeps the offsets of the original.
  const flat = text.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC').toLowerCase()
  const found = flat.length === text.length ? flat.indexOf(word) : -1
  const at = Math.max(0, found - 40)
  const start = at > 0 ? text.lastIndexOf(' ', at) + 1 : 0
  const slice = text.slice(start, start + 160)
  return `${start > 0 ? '…' : ''}${slice}${start + 160 < text.length ? '…' : ''}`
}
