/**
 * A heading's anchor, as GitHub makes it: lower case, letters (accents kept) and digits, spaces to
 * hyphens, punctuation dropped. The guide's links are written against GitHub's anchors, so they work
 * both there and in the admin; `tests/unit/guide.test.ts` checks them with this same function.
 */
export function headingSlug(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-')
}

/** Unique anchors on one page: a repeated heading gets `-1`, `-2`… as on GitHub. */
export function slugger() {
  const seen = new Map<string, number>()
  return (text: string) => {
    const base = headingSlug(text)
    const count = seen.get(base) ?? 0
    seen.set(base, count + 1)
    return count === 0 ? base : `${base}-${count}`
  }
}

/** Markdown's inline marks away: what a reader sees, for the search and the table of contents. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`|]/g, ' ')
    .replace(/-{3,}/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}
