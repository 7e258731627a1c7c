import type { Locale } from '@/i18n/config'
import { APPLE_TOUCH_ICON } from '@/utilities/webManifest'

import { RememberLanguage } from './RememberLanguage'
import { ServiceWorkerRegistration } from './ServiceWorkerRegistration'

/**
 * What makes the site installable: the manifest in the page's language, the home-screen icon for
 * iOS (React puts these links in the head), and the service worker. Not in draft preview: a
 * preview must never be kept on the device. And the page's language, remembered for "/".
 */
export function AppHead({ locale, preview }: { locale: Locale; preview: boolean }) {
  return (
    <>
      <link rel="manifest" href={`/${locale}/manifest.webmanifest`} />
      <link rel="apple-touch-icon" href={APPLE_TOUCH_ICON} />
      {preview ? null : <ServiceWorkerRegistration />}
      <RememberLanguage locale={locale} />
    </>
  )
}
