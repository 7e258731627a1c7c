import { PathParamsContext } from 'next/dist/shared/lib/hooks-client-context.shared-runtime'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import PageError from '@/app/(frontend)/[locale]/error'
import GlobalError from '@/app/global-error'

// React Testing Library is not in the stack: the real components render with react-dom/server. The
// browser side (an error thrown while a page renders, the retry) is in tests/e2e/language-and-errors.spec.ts.

/** What Next hands an error page for a server error in production: a generic message and a digest. */
function serverError() {
  return Object.assign(new Error('relation "secret_table" does not exist at /srv/app/src/db.ts:42'), { digest: '2710533488' })
}

const inRoute = (locale: string, error: unknown) =>
  renderToStaticMarkup(createElement(PathParamsContext.Provider, { value: { locale } }, createElement(PageError, { error, reset: () => {} })))

describe('the error page of a public page', () => {
  it('speaks the page’s language, offers to try again and to go home', () => {
    const html = inRoute('en', serverError())
    expect(html).toContain('Something went wrong')
    expect(html).toContain('Try again</button>')
    expect(html).toContain('href="/en"')
    expect(inRoute('fr', serverError())).toContain('Un problème est survenu')
  })

  it('shows the digest as a reference, never the error’s text or stack', () => {
    const html = inRoute('fr', serverError())
    expect(html).toContain('<code>2710533488</code>')
    expect(html).not.toMatch(/secret_table|db\.ts|Error:/)
  })

  it('shows no reference for an error thrown in the browser, which has none', () => {
    const html = inRoute('en', new TypeError('Intl.PluralRules is not a constructor'))
    expect(html).not.toContain('Error reference')
    expect(html).not.toContain('PluralRules')
  })
})

describe('the global error page', () => {
  it('is a whole document, French until the browser reads the address', () => {
    const html = renderToStaticMarkup(createElement(GlobalError, { error: serverError(), reset: () => {} }))
    expect(html).toMatch(/^<html lang="fr">/)
    expect(html).toMatch(/<body[^>]*>.*<\/body><\/html>$/)
    expect(html).toContain('Un problème est survenu')
    expect(html).toContain('<code>2710533488</code>')
    expect(html).not.toMatch(/secret_table|db\.ts/)
  })
})
