import type { PayloadRequest } from 'payload'

import { renderEmail, translator, type RenderedEmail } from '../../infrastructure/email'
import { serverUrl } from '../../infrastructure/config/serverUrl'
import { dinerEmailMessagesFor } from '../../i18n/email'

type Diner = { name?: string | null; email?: string | null; locale?: string | null }

export type DinerEmailKind = 'verify' | 'reset'

const localeOf = (diner: Diner) => (diner.locale === 'en' ? 'en' : 'fr')

/** The page of the site each email's link opens, with the token Payload issued. */
const PAGES: Record<DinerEmailKind, string> = { verify: 'account/verify', reset: 'account/reset' }

/** Subject, HTML and text of a diner-account email, in the diner's language, in the one email layout. */
export function dinerEmail(kind: DinerEmailKind, diner: Diner, token: string, site: string, next?: string): RenderedEmail {
  const locale = localeOf(diner)
  const { t } = translator(dinerEmailMessagesFor(locale), locale)
  // `next`: the page the diner registered from (already checked to be a path of this site), for after sign-in.
  const url = `${serverUrl()}/${locale}/${PAGES[kind]}?token=${encodeURIComponent(token)}${next ? `&next=${encodeURIComponent(next)}` : ''}`
  return renderEmail({
    language: locale,
    subject: t(`${kind}Subject`),
    sender: site,
    title: t(`${kind}Title`),
    blocks: [
      { type: 'p', text: t(`${kind}Body`) },
      { type: 'button', label: t(`${kind}Button`), url },
    ],
    footer: [t(`${kind}Footer`, { site })],
  })
}

export async function siteName(req: PayloadRequest): Promise<string> {
  const settings = await req.payload.findGlobal({ slug: 'site-settings', depth: 0, req }).catch(() => null)
  return settings?.siteName || 'TechPlus'
}

/**
 * Sends a diner-account email ourselves, with its text part: Payload's own verification and
 * reset emails carry HTML only, so the endpoints create and reset with Payload's email turned off.
 */
export async function sendDinerEmail(req: PayloadRequest, kind: DinerEmailKind, diner: Diner & { email: string }, token: string, next?: string): Promise<void> {
  const { subject, html, text } = dinerEmail(kind, diner, token, await siteName(req), next)
  await req.payload.sendEmail({ to: diner.email, subject, html, text })
}

type PayloadEmailArgs = { req?: PayloadRequest; token?: string; user?: Diner }

/**
 * Payload's own verification and reset emails, should anything outside our endpoints trigger one:
 * the same words and layout (Payload sends HTML only, hence our endpoints send theirs themselves).
 */
export function payloadEmail(kind: DinerEmailKind) {
  const render = async ({ req, token, user }: PayloadEmailArgs = {}) => dinerEmail(kind, user ?? {}, token ?? '', req ? await siteName(req) : 'TechPlus')
  return {
    generateEmailSubject: async (args?: PayloadEmailArgs) => (await render(args)).subject,
    generateEmailHTML: async (args?: PayloadEmailArgs) => (await render(args)).html,
  }
}
