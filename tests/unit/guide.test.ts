import { readdirSync, readFileSync, existsSync } from 'node:fs'
import path from 'node:path'

import { marked, type Token, type Tokens } from 'marked'
import { describe, expect, it } from 'vitest'

import { GUIDE_LANGUAGES, PAGES, plainText, sectionsOf, type GuidePage } from '../../src/help/guide'
import { renderGuideMarkdown } from '../../src/help/markdown'
import { normalise, searchGuide } from '../../src/help/search'
import { slugger } from '../../src/help/slug'
import { helpEn, helpFr } from '../../src/help/words'

const root = path.resolve('docs/guide')
const pagesIn = (language: string) =>
  readdirSync(path.join(root, language))
    .filter((file) => file.endsWith('.md'))
    .map((file) => file.replace(/\.md$/, ''))
    .sort()
const read = (language: string, page: string) => readFileSync(path.join(root, language, `${page}.md`), 'utf8')

/** Every token of a page, nested ones (links in tables, lists, emphasis) included. */
function walk(tokens: Token[], visit: (token: Token) => void) {
  for (const token of tokens) {
    visit(token)
    const nested = token as Token & { tokens?: Token[]; items?: Token[]; header?: { tokens: Token[] }[]; rows?: { tokens: Token[] }[][] }
    if (nested.tokens) walk(nested.tokens, visit)
    if (nested.items) walk(nested.items, visit)
    if (nested.header) nested.header.forEach((cell) => walk(cell.tokens, visit))
    if (nested.rows) nested.rows.forEach((row) => row.forEach((cell) => walk(cell.tokens, visit)))
  }
}

function anchorsOf(markdown: string): Set<string> {
  const anchor = slugger()
  const anchors = new Set<string>()
  walk(marked.lexer(markdown), (token) => {
    if (token.type === 'heading') anchors.add(anchor(plainText((token as Tokens.Heading).text)))
  })
  return anchors
}

const guide = (language: string): GuidePage[] =>
  PAGES.map((slug) => {
    const markdown = read(language, slug)
    const title = plainText((marked.lexer(markdown).find((t) => t.type === 'heading') as Tokens.Heading).text)
    return { slug, title, markdown, headings: [] }
  })

describe('the user guide', () => {
  it('has the same pages in French and English, each in the table of contents', () => {
    expect(pagesIn('fr')).toEqual(pagesIn('en'))
    expect(pagesIn('en')).toEqual([...PAGES].sort())
  })

  for (const language of GUIDE_LANGUAGES) {
    it(`(${language}) links only to pages and headings that exist, and to images that exist`, () => {
      const broken: string[] = []
      for (const page of PAGES) {
        walk(marked.lexer(read(language, page)), (token) => {
          if (token.type === 'link') {
            const href = (token as Tokens.Link).href
            if (/^(https:|mailto:)/.test(href)) return
            const match = /^(?:([a-z0-9-]+)\.md)?(?:#(.+))?$/.exec(href)
            const target = match?.[1] ?? page
            if (!match || !(PAGES as readonly string[]).includes(target)) return void broken.push(`${page}.md → ${href}`)
            if (match[2] && !anchorsOf(read(language, target)).has(decodeURIComponent(match[2]))) broken.push(`${page}.md → ${href} (no such heading)`)
          }
          if (token.type === 'image') {
            const href = (token as Tokens.Image).href
            if (!/^images\/[a-z0-9-]+\.webp$/.test(href) || !existsSync(path.join(root, language, href))) broken.push(`${page}.md → image ${href}`)
          }
        })
      }
      expect(broken).toEqual([])
    })

    it(`(${language}) uses every image in its folder`, () => {
      const used = new Set<string>()
      for (const page of PAGES) walk(marked.lexer(read(language, page)), (token) => token.type === 'image' && used.add((token as Tokens.Image).href.replace(/^images\//, '')))
      const files = readdirSync(path.join(root, language, 'images')).sort()
      expect(files).toEqual([...used].sort())
    })
  }

  it('shows the same screenshots in both languages', () => {
    expect(readdirSync(path.join(root, 'fr', 'images')).sort()).toEqual(readdirSync(path.join(root, 'en', 'images')).sort())
  })
})

describe('the guide in the admin', () => {
  it('finds the deposits pages for "acompte" in French and "deposit" in English', () => {
    const fr = searchGuide(sectionsOf(guide('fr')), 'acompte')
    const en = searchGuide(sectionsOf(guide('en')), 'deposit')
    expect(fr[0]?.page).toBe('deposits')
    expect(en[0]?.page).toBe('deposits')
  })

  it('searches without minding accents, case or elision', () => {
    const fr = sectionsOf(guide('fr'))
    expect(searchGuide(fr, 'REMBOURSEMENTS').map((hit) => `${hit.page}#${hit.anchor}`)).toContain('deposits#les-remboursements')
    expect(searchGuide(fr, 'telephone reservation').length).toBeGreaterThan(0)
    expect(normalise('l’acompte')).toBe('l acompte')
    expect(normalise('E-mail')).toBe('email')
    expect(searchGuide(fr, 'zzzz introuvable')).toEqual([])
  })

  it('renders raw HTML as text and drops links to other schemes', () => {
    const html = renderGuideMarkdown('# Titre\n\n## L’acompte & vous\n\n<script>alert(1)</script>\n\n[ok](faq.md#a) [bad](javascript:alert(1)) ![x & y](images/a.webp)', {
      pageHref: (page) => `/admin/help?page=${page}`,
      imageSrc: () => 'data:image/webp;base64,AA',
    })
    expect(html).toContain('<h1 id="titre">Titre</h1>')
    expect(html).not.toContain('<script>')
    expect(html).toContain('&lt;script&gt;')
    expect(html).toContain('<a href="/admin/help?page=faq#a">ok</a>')
    expect(html).not.toContain('javascript:')
    expect(html).toContain('<img src="data:image/webp;base64,AA" alt="x &amp; y">')
    expect(html).toContain('<h2 id="lacompte--vous">L’acompte &amp; vous</h2>')
  })

  it('has the Help view’s words in both languages', () => {
    expect(Object.keys(helpFr).sort()).toEqual(Object.keys(helpEn).sort())
  })
})
