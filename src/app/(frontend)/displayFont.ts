import localFont from 'next/font/local'

/**
 * The display face for headings, served from our own origin. `optional` means a first visit on a
 * slow connection keeps the fallback serif rather than re-painting (and shifting) the headings
 * once the font arrives; it is cached for the next page. Not preloaded: the font must never
 * compete with the page's first paint.
 */
export const displayFont = localFont({
  src: '../../../node_modules/@fontsource/fraunces/files/fraunces-latin-600-normal.woff2',
  weight: '600',
  display: 'optional',
  preload: false,
  variable: '--font-display',
  fallback: ['Georgia', 'Times New Roman', 'serif'],
  adjustFontFallback: 'Times New Roman',
})
