import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { ReloadButton } from '@/components/pwa/ReloadButton'
import { isLocale } from '@/i18n/config'
import { messagesFor } from '@/i18n/messages'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return { title: isLocale(locale) ? messagesFor(locale).offline.title : undefined, robots: { index: false, follow: false } }
}

/**
 * What the service worker (public/sw.js) shows for a page it has no copy of while the visitor is
 * offline. Stored by the worker when it installs, in both languages.
 */
export default async function OfflinePage({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const t = messagesFor(locale)
  return (
    <div className="container narrow page">
      <h1>{t.offline.title}</h1>
      <p>{t.offline.text}</p>
      <p>{t.offline.kept}</p>
      <p className="error-notice__actions">
        <ReloadButton label={t.offline.retry} /> <a href={`/${locale}`}>{t.backHome}</a>
      </p>
    </div>
  )
}
