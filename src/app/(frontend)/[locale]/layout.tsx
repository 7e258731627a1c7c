import type { Metadata, Viewport } from 'next'
import { draftMode } from 'next/headers'
import { notFound } from 'next/navigation'
import type { ReactNode } from 'react'

import { SiteFooter } from '@/components/SiteFooter'
import { LivePreviewListener } from '@/components/LivePreviewListener'
import { SiteHeader } from '@/components/SiteHeader'
import { isLocale, LOCALES } from '@/i18n/config'
import { messagesFor } from '@/i18n/messages'
import { serverUrl } from '@/utilities/serverUrl'

import './styles.css'

// Content comes from the CMS on every request until the site issue adds on-demand revalidation.
export const dynamic = 'force-dynamic'

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#1f3a33' }

export const metadata: Metadata = { metadataBase: new URL(serverUrl()) }

export function generateStaticParams() {
  return LOCALES.map((locale) => ({ locale }))
}

export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const t = messagesFor(locale)
  const preview = (await draftMode()).isEnabled
  return (
    <html lang={locale}>
      <body>
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
