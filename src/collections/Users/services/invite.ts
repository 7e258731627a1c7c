import { randomBytes } from 'node:crypto'

import type { PayloadRequest } from 'payload'

import type { Language } from '../../../domain/locale'
import { inviteRefusal, isOnTeamOf, type TeamActor, type TeamRole } from '../../../domain/team/rules'
import { isAdmin, isStaff, relationId, restaurantIdsOf } from '../../../infrastructure/access/roles'
import { inTransaction } from '../../../infrastructure/db/transaction'
import { clientIp } from '../../../infrastructure/http/clientIp'
import { BookingError } from '../../../infrastructure/http/respond'
import type { User } from '../../../payload-types'
import { INVITE_LINK_DAYS, sendStaffInvite } from '../emails'

export interface Invitation {
  email: string
  name: string
  role: TeamRole
  restaurants: number[]
  language: Language
}

const ids = (value: unknown) => (Array.isArray(value) ? value.map((v) => relationId(v as never)).filter((id): id is number | string => id !== null) : [])

/**
 * Invites a member of staff: a new account without a usable password (a random one nobody holds)
 * and an email with a link to choose one (Payload's reset token, opened at /admin/reset/<token>).
 *
 * An address that already has an account: when the inviter manages every restaurant it works for
 * (admins: always), the invited restaurants are added, the account is re-enabled and a fresh link is
 * sent; its role is left alone (that is a role change, audited as one). Otherwise the account is
 * another restaurant's staff: nothing is changed or revealed (the inviter gets the same answer) and
 * the person is told by email to ask an administrator. One account per address, never taken over.
 */
export async function inviteStaff(req: PayloadRequest, invitation: Invitation): Promise<void> {
  if (!isStaff(req.user)) throw new BookingError(401, 'unauthorized')
  const actor: TeamActor = { id: req.user.id!, roles: (req.user.roles ?? []) as TeamRole[], restaurantIds: restaurantIdsOf(req.user) }
  const refusal = inviteRefusal(actor, { roles: [invitation.role], restaurantIds: invitation.restaurants })
  if (refusal) throw new BookingError(refusal === 'required' ? 422 : 403, refusal, refusal === 'restaurant_not_yours' ? 'restaurants' : refusal === 'role_too_high' ? 'role' : undefined)
  const { totalDocs } = await req.payload.count({ collection: 'restaurants', where: { id: { in: invitation.restaurants } }, req })
  if (totalDocs !== new Set(invitation.restaurants).size) throw new BookingError(404, 'restaurant_not_found', 'restaurants')

  const inviter = (req.user as { name?: string }).name ?? req.user.email ?? ''
  const send = async (kind: 'invite' | 'existing', token?: string) => {
    // Sent inside the transaction, as the diner-account emails are: the account exists only if its
    // invitation went out, so a mail outage leaves nothing half-done and the owner simply retries.
    try {
      await sendStaffInvite(req, { kind, email: invitation.email, token, role: invitation.role, restaurants: invitation.restaurants, language: invitation.language, inviter })
    } catch (err) {
      req.payload.logger.error({ err, msg: `Could not send the invitation to ${invitation.email}` })
      throw new BookingError(503, 'email_unavailable')
    }
  }

  await inTransaction(req, async () => {
    const existing = (await req.payload.find({ collection: 'users', where: { email: { equals: invitation.email } }, limit: 1, depth: 0, req, overrideAccess: true })).docs[0] as User | undefined
    let user: User
    if (!existing) {
      user = (await req.payload.create({
        collection: 'users',
        data: {
          email: invitation.email,
          name: invitation.name,
          roles: [invitation.role],
          restaurants: invitation.restaurants,
          disabled: false,
          password: randomBytes(32).toString('base64url'),
        },
        req,
        overrideAccess: true,
        context: { invited: true },
      })) as User
    } else {
      const member = { roles: (existing.roles ?? []) as TeamRole[], restaurantIds: ids(existing.restaurants) }
      const mine = actor.restaurantIds.map(String)
      const wholly = isAdmin(req.user) || (isOnTeamOf(actor, member) && member.restaurantIds.every((id) => mine.includes(String(id))) && !member.roles.some((r) => r === 'owner' || r === 'admin'))
      if (!wholly) return send('existing')
      const restaurants = [...new Set([...member.restaurantIds.map(Number), ...invitation.restaurants])]
      // Through the team rules, as the inviter: the same checks as an edit in the admin.
      user = (await req.payload.update({ collection: 'users', id: existing.id, data: { restaurants, disabled: false }, req, overrideAccess: false, user: req.user, depth: 0 })) as User
    }
    const token = await req.payload.forgotPassword({
      collection: 'users',
      data: { email: invitation.email },
      disableEmail: true,
      expiration: INVITE_LINK_DAYS * 24 * 60 * 60 * 1000,
      req,
    })
    await req.payload.create({
      collection: 'audit-log',
      data: {
        action: 'invite',
        entity: 'users',
        entityId: String(user.id),
        actor: actor.id as number,
        restaurant: invitation.restaurants[0],
        summary: `${invitation.email} invited as ${invitation.role} to restaurants ${invitation.restaurants.join(', ')}`,
        changes: { roles: [existing?.roles ?? [], user.roles], restaurants: [ids(existing?.restaurants), ids(user.restaurants)] },
        ip: req.headers ? clientIp(req.headers) : undefined,
      },
      req,
    })
    await send('invite', String(token))
  })
}
