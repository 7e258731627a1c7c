import type { MetadataRoute } from 'next'

import type { Locale } from '@/i18n/config'

/** The site's green: the browser's toolbar (the layout's viewport) and the installed app's splash. */
export const THEME_COLOR = '#1f3a33'
/** The page background (styles.css --paper), shown while the installed app starts. */
export const BACKGROUND_COLOR = '#fbf8f2'

/** Icons made from public/favicon.svg by scripts/make-icons.ts (committed with it). */
export const APP_ICONS: NonNullable<MetadataRoute.Manifest['icons']> = [
  { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
  { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
  { src: '/icons/maskable-192.png', sizes: '192x192', type: 'image/png', purpose: 'maskable' },
  { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
]
export const APPLE_TOUCH_ICON = '/apple-touch-icon.png'

/**
 * The web app manifest in one language. It starts at "/", which opens the visitor's remembered
 * language, so one installed app serves both; the name and description follow the page it was
 * installed from.
 */
export function webManifest({ locale, siteName, description }: { locale: Locale; siteName: string; description?: string | null }): MetadataRoute.Manifest {
  return {
    id: '/',
    name: siteName,
    short_name: siteName,
    ...(description ? { description } : {}),
    lang: locale,
    dir: 'ltr',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    orientation: 'portrait',
    theme_color: THEME_COLOR,
    background_color: BACKGROUND_COLOR,
    icons: APP_ICONS,
  }
}
