'use client'

import { useParams } from 'next/navigation'
import { useEffect } from 'react'

import { ErrorNotice, digestOf } from '@/components/errors/ErrorNotice'
import { DEFAULT_LOCALE, isLocale } from '@/i18n/config'

type Props = { error: unknown; retry?: () => void; reset: () => void }

/** A page of the public site failed: the header and footer stay, the page says so in its language. */
export default function PageError({ error, retry, reset }: Props) {
  const { locale } = useParams<{ locale?: string }>() ?? {}
  useEffect(() => {
    // For whoever opens the browser console; the visitor only sees the notice.
    console.error(error)
  }, [error])
  return (
    <div className="container narrow page">
      <ErrorNotice locale={isLocale(locale) ? locale : DEFAULT_LOCALE} digest={digestOf(error)} onRetry={retry ?? reset} />
    </div>
  )
}
