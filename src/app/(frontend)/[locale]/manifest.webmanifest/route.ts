import { isLocale } from '@/i18n/config'
import { siteGlobal } from '@/utilities/content'
import { webManifest } from '@/utilities/webManifest'

/**
 * The web app manifest, one per language (Next's app/manifest.ts has a single one): each page links
 * its own language's (src/components/pwa/AppHead.tsx), so the installed app's description matches.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!isLocale(locale)) return new Response(null, { status: 404 })
  const settings = await siteGlobal('site-settings', locale)
  return Response.json(webManifest({ locale, siteName: settings.siteName, description: settings.description }), {
    headers: { 'Content-Type': 'application/manifest+json', 'Cache-Control': 'public, max-age=3600' },
  })
}
