import type { PayloadRequest } from 'payload'

import type { Language } from '../../domain/locale'
import type { TeamRole } from '../../domain/team/rules'
import { staffEmailMessagesFor } from '../../i18n/email'
import { serverUrl } from '../../infrastructure/config/serverUrl'
import { renderEmail, translator, type RenderedEmail } from '../../infrastructure/email'
import { siteName } from '../Customers/emails'

/** A sign-up link lasts three days: an invitation is read later than a reset asked for a minute ago. */
export const INVITE_LINK_DAYS = 3

export interface StaffInvite {
  kind: 'invite' | 'existing'
  email: string
  /** Payload's reset token: the sign-up link (only for an account the inviter manages) */
  token?: string
  role: TeamRole
  restaurants: number[]
  language: Language
  inviter: string
}

/** Subject, HTML and text of the invitation, in the invitee's language, in the one email layout. */
export function staffInviteEmail(invite: StaffInvite, restaurantNames: string[], site: string, linkDays: number): RenderedEmail {
  const { t } = translator(staffEmailMessagesFor(invite.language), invite.language)
  const params = { site, inviter: invite.inviter, restaurants: restaurantNames.join(', '), role: t(`role_${invite.role}`), days: linkDays }
  if (invite.kind === 'existing' || !invite.token) {
    return renderEmail({
      language: invite.language,
      subject: t('existingSubject', params),
      sender: site,
      title: t('existingTitle', params),
      blocks: [{ type: 'p', text: t('existingBody', params) }],
      footer: [t('existingFooter', params)],
    })
  }
  return renderEmail({
    language: invite.language,
    subject: t('inviteSubject', params),
    sender: site,
    title: t('inviteTitle', params),
    blocks: [
      { type: 'p', text: t('inviteBody', params) },
      { type: 'button', label: t('inviteButton', params), url: `${serverUrl()}/admin/reset/${encodeURIComponent(invite.token)}` },
    ],
    footer: [t('inviteFooter', params)],
  })
}

/** Sends the invitation the way the diner-account emails go: Payload's mailer, HTML and text. */
export async function sendStaffInvite(req: PayloadRequest, invite: StaffInvite): Promise<void> {
  const { docs } = await req.payload.find({ collection: 'restaurants', where: { id: { in: invite.restaurants } }, depth: 0, limit: invite.restaurants.length, req, pagination: false })
  const { subject, html, text } = staffInviteEmail(invite, docs.map((r) => r.name), await siteName(req), INVITE_LINK_DAYS)
  await req.payload.sendEmail({ to: invite.email, subject, html, text })
}
