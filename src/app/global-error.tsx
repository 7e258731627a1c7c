'use client'

import { useEffect, useSyncExternalStore } from 'react'

import { ErrorNotice, digestOf } from '@/components/errors/ErrorNotice'
import { DEFAULT_LOCALE, localeOfPage } from '@/i18n/config'
import { messagesFor } from '@/i18n/messages'

type Props = { error: unknown; retry?: () => void; reset: () => void }

const noSubscription = () => () => {}
const pageLocale = () => localeOfPage({ pathname: location.pathname, htmlLang: document.documentElement.lang, cookies: document.cookie })

/**
 * The root layout itself failed: this replaces the whole document, without the site's stylesheet
 * and without route params, so the language comes from the address (French on the server render,
 * corrected as soon as the browser reads it).
 */
export default function GlobalError({ error, retry, reset }: Props) {
  const locale = useSyncExternalStore(noSubscription, pageLocale, () => DEFAULT_LOCALE)
  useEffect(() => {
    console.error(error)
  }, [error])
  return (
    <html lang={locale}>
      <head>
        <title>{messagesFor(locale).problem.title}</title>
      </head>
      <body style={{ margin: 0, background: '#fbf8f2', color: '#1d1d1b', fontFamily: 'system-ui, sans-serif', lineHeight: 1.55 }}>
        <main style={{ maxWidth: '36rem', margin: '0 auto', padding: '3rem 1.25rem' }}>
          <ErrorNotice locale={locale} digest={digestOf(error)} onRetry={retry ?? reset} />
        </main>
      </body>
    </html>
  )
}
