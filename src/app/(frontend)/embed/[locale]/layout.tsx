import type { Metadata, Viewport } from 'next'
import { notFound } from 'next/navigation'
import type { ReactNode } from 'react'

import { FrameHeight } from '@/components/embed/FrameHeight'
import { isLocale } from '@/i18n/config'
import { serverUrl } from '@/infrastructure/config/serverUrl'

import { displayFont } from '../../displayFont'

import '../../[locale]/styles.css'

/**
 * The booking widget's own document (/embed/{locale}/{restaurant}), framed by a restaurant's sites
 * (public/widget/v1.js): the site's styles and booking wizard without its header, footer, language
 * switch or service worker, which belong to our site, not to the page around the frame.
 */
export const viewport: Viewport = { width: 'device-width', initialScale: 1 }

// Another site's page is no place to be found by search engines: the wizard has its own address.
export const metadata: Metadata = { metadataBase: new URL(serverUrl()), robots: { index: false, follow: false } }

export function generateStaticParams() {
  return []
}

export default async function EmbedLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  return (
    <html lang={locale} className={displayFont.variable}>
      <body className="embed">
        <main id="main">{children}</main>
        <FrameHeight />
      </body>
    </html>
  )
}
