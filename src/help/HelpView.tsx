import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'

import { guideLanguage, isGuidePage, readGuide, readGuidePage, sectionsOf } from './guide'
import { HelpSearch } from './HelpSearch'
import { inlineImages } from './images'
import { renderGuideMarkdown } from './markdown'
import type { HelpKey } from './words'
import './help.css'

/**
 * /admin/help — the user guide (docs/guide) in the admin's language: the pages' contents, the page
 * asked for (`?page=`), and a search over the whole guide. Signed-in staff only: admin views are
 * public unless they check.
 */
export async function HelpView(props: AdminViewServerProps) {
  const { initPageResult, params, searchParams } = props
  const { req, visibleEntities, permissions, locale } = initPageResult
  const admin = req.payload.config.routes.admin
  if (!req.user) redirect(`${admin}/login?redirect=${encodeURIComponent(`${admin}/help`)}`)
  const t = (key: HelpKey, vars?: Record<string, unknown>) => (req.i18n.t as (key: string, vars?: Record<string, unknown>) => string)(key, vars)

  const language = guideLanguage(req.i18n.language)
  const asked = searchParams?.page
  const pages = await readGuide(language)
  const slug = isGuidePage(asked) ? asked : 'index'
  // Every slug of PAGES is read above, so the page asked for (or the contents) is always there.
  const page = pages.find((p) => p.slug === slug) ?? (await readGuidePage(language, 'index'))
  const images = await inlineImages(language, page.markdown)
  const pageHref = (slug: string) => `${admin}/help?page=${encodeURIComponent(slug)}`
  const html = renderGuideMarkdown(page.markdown, { pageHref, imageSrc: (relative) => images.get(relative) })

  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <Gutter>
        <main className="help" lang={language}>
          <HelpSearch
            sections={sectionsOf(pages)}
            pageHref={`${admin}/help?page=`}
            words={{ search: t('help:search'), placeholder: t('help:searchPlaceholder'), noResults: t('help:noResults'), one: t('help:results_one'), other: t('help:results_other') }}
            language={language}
          />
          <div className="help__layout">
            <nav className="help__contents" aria-label={t('help:contents')}>
              <h2>{t('help:contents')}</h2>
              <ol>
                {pages.map((p) => (
                  <li key={p.slug}>
                    <a href={pageHref(p.slug)} aria-current={p.slug === page.slug ? 'page' : undefined}>
                      {p.title}
                    </a>
                  </li>
                ))}
              </ol>
              {page.headings.some((h) => h.depth === 2) ? (
                <>
                  <h2>{t('help:onThisPage')}</h2>
                  <ul>
                    {page.headings
                      .filter((h) => h.depth === 2)
                      .map((h) => (
                        <li key={h.anchor}>
                          <a href={`#${h.anchor}`}>{h.text}</a>
                        </li>
                      ))}
                  </ul>
                </>
              ) : null}
            </nav>
            {/* Rendered from the guide's Markdown and sanitised there (src/help/markdown.ts). */}
            <article className="help__page" data-testid="help-page" dangerouslySetInnerHTML={{ __html: html }} />
          </div>
        </main>
      </Gutter>
    </DefaultTemplate>
  )
}
