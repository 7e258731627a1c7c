import type { Metadata, Viewport } from 'next'
import { draftMode } from 'next/headers'
import { notFound } from 'next/navigation'
import type { ReactNode } from 'react'

import { SiteFooter } from '@/components/SiteFooter'
import { LivePreviewListener } from '@/components/LivePreviewListener'
import { AppHead } from '@/components/pwa/AppHead'
import { SiteHeader } from '@/components/SiteHeader'
import { isLocale } from '@/i18n/config'
import { messagesFor } from '@/i18n/messages'
import { serverUrl } from '@/infrastructure/config/serverUrl'
import { THEME_COLOR } from '@/utilities/webManifest'

import { displayFont } from '../displayFont'

import './styles.css'

// The site's pages are rendered once and served from Next's cache (shared by every node when
// REDIS_URL is set) until content they show changes: each carries the tags of the reads it was
// rendered from (src/utilities/siteCache.ts). Personal pages (booking steps, account, a booking's
// page) read the request and render for each one; draft mode always does.

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: THEME_COLOR }

export const metadata: Metadata = { metadataBase: new URL(serverUrl()) }

/** Nothing rendered at build time (there is no database then): each page on its first visit. */
export function generateStaticParams() {
  return []
}

export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const t = messagesFor(locale)
  const preview = (await draftMode()).isEnabled
  return (
    <html lang={locale} className={displayFont.variable}>
      <body>
        <AppHead locale={locale} preview={preview} />
        <a className="skip-link" href="#main">
          {t.skipToContent}
        </a>
        {preview ? <LivePreviewListener serverURL={serverUrl()} label={t.preview} exitLabel={t.exitPreview} /> : null}
        <SiteHeader locale={locale} />
        <main id="main">{children}</main>
        <SiteFooter locale={locale} />
      </body>
    </html>
  )
}
