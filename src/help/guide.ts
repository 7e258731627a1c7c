import { readFile } from 'node:fs/promises'
import path from 'node:path'

import { marked, type Token } from 'marked'

import type { GuideSection } from './search'
import { plainText, slugger } from './slug'

export { plainText }

/** The guide's languages: the admin's. Any other admin language reads the English guide. */
export const GUIDE_LANGUAGES = ['fr', 'en'] as const
export type GuideLanguage = (typeof GUIDE_LANGUAGES)[number]

/** The pages in reading order: the table of contents. Both languages have each of them (a unit test checks). */
export const PAGES = ['index', 'getting-started', 'deposits', 'service', 'guests-and-waitlist', 'analytics', 'team', 'outages', 'faq', 'troubleshooting'] as const
export type GuidePageSlug = (typeof PAGES)[number]

export const guideLanguage = (adminLanguage: string | undefined): GuideLanguage => (adminLanguage === 'fr' ? 'fr' : 'en')
export const isGuidePage = (page: unknown): page is GuidePageSlug => typeof page === 'string' && (PAGES as readonly string[]).includes(page)

/** Where the guide's Markdown lives: docs/guide in the project (the Docker image copies it). */
export const guideDir = (language: GuideLanguage) => path.resolve(process.cwd(), 'docs/guide', language)

export type GuidePage = { slug: GuidePageSlug; title: string; markdown: string; headings: { depth: number; text: string; anchor: string }[] }

/** A page's Markdown, its title (the first heading) and its headings with their anchors. */
export async function readGuidePage(language: GuideLanguage, slug: GuidePageSlug): Promise<GuidePage> {
  const markdown = await readFile(path.join(guideDir(language), `${slug}.md`), 'utf8')
  const anchor = slugger()
  const headings = marked
    .lexer(markdown)
    .filter((token): token is Extract<Token, { type: 'heading' }> => token.type === 'heading')
    .map((token) => ({ depth: token.depth, text: plainText(token.text), anchor: anchor(plainText(token.text)) }))
  return { slug, title: headings[0]?.text ?? slug, markdown, headings }
}

export const readGuide = (language: GuideLanguage) => Promise.all(PAGES.map((slug) => readGuidePage(language, slug)))

/** Every page cut at its headings: what the search looks through. */
export function sectionsOf(pages: GuidePage[]): GuideSection[] {
  return pages.flatMap((page) => {
    const anchor = slugger()
    const sections: GuideSection[] = []
    let current: GuideSection | undefined
    for (const token of marked.lexer(page.markdown)) {
      if (token.type === 'heading') {
        const heading = plainText(token.text)
        current = { page: page.slug, pageTitle: page.title, anchor: anchor(heading), heading, text: '' }
        sections.push(current)
      } else if (current && token.type !== 'space') {
        current.text = `${current.text} ${plainText(token.raw.replace(/^\s*(\d+\.|-)\s+/gm, ''))}`.trim()
      }
    }
    return sections
  })
}
