import { Marked, type Tokens } from 'marked'

import { plainText, slugger } from './slug'

export type GuideLinks = {
  /** where another page of the guide opens (`service` → `/admin/help?page=service`) */
  pageHref: (page: string) => string
  /** what an image's relative path (`images/service-board.webp`) becomes; undefined leaves it out */
  imageSrc: (relativePath: string) => string | undefined
}

const unescapeHtml = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&')
const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;')

/** A link of the guide to another page (`faq.md`, `deposits.md#refunds`) or an anchor of this one. */
const GUIDE_LINK = /^(?:([a-z0-9-]+)\.md)?(?:#(.+))?$/

/**
 * The guide's Markdown as HTML for the Help view. The guide is ours, but the output is still
 * sanitised as if it were not: raw HTML in the Markdown is shown as text, links keep only the
 * guide's own pages, `https:` and `mailto:`, and images only what `imageSrc` gives. Headings get
 * GitHub's anchors so the table of contents and the pages' links land on them.
 */
export function renderGuideMarkdown(markdown: string, links: GuideLinks): string {
  const anchor = slugger()
  const marked = new Marked({
    gfm: true,
    renderer: {
      html: ({ text }) => escapeHtml(text),
      heading({ tokens, depth, text }: Tokens.Heading) {
        const inner = this.parser.parseInline(tokens)
        // The anchor from the heading's own text, as the contents and the guide's test compute it.
        return `<h${depth} id="${escapeHtml(anchor(plainText(text)))}">${inner}</h${depth}>\n`
      },
      link({ href, title, tokens }: Tokens.Link) {
        const inner = this.parser.parseInline(tokens)
        const target = safeHref(href, links)
        if (!target) return inner
        const external = /^https:/.test(target)
        return `<a href="${escapeHtml(target)}"${title ? ` title="${escapeHtml(title)}"` : ''}${external ? ' rel="noopener noreferrer" target="_blank"' : ''}>${inner}</a>`
      },
      image({ href, title, text }: Tokens.Image) {
        const src = /^[a-z0-9/_.-]+$/i.test(href) && !href.includes('..') ? links.imageSrc(href) : undefined
        // marked hands the alt text already escaped: decoded first, so "&" is not escaped twice.
        const alt = escapeHtml(unescapeHtml(text))
        if (!src) return alt
        return `<img src="${escapeHtml(src)}" alt="${alt}"${title ? ` title="${escapeHtml(title)}"` : ''}>`
      },
    },
  })
  return marked.parse(markdown, { async: false })
}

function safeHref(href: string, links: GuideLinks): string | undefined {
  const guide = GUIDE_LINK.exec(href)
  if (guide) {
    const [, page, hash] = guide
    return `${page ? links.pageHref(page) : ''}${hash ? `#${encodeURIComponent(decodeURIComponent(hash))}` : ''}`
  }
  if (/^(https:\/\/|mailto:)/i.test(href)) return href
  return undefined
}
