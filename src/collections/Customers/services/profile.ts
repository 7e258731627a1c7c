import { AuthenticationError, LockedAuth, type PayloadRequest } from 'payload'

import type { DinerProfile } from '../../../domain/schemas/diner'
import type { Customer } from '../../../payload-types'
import { BookingError } from '../../../infrastructure/http/respond'
import type { SignedInDiner } from '../session'

/**
 * The current password, checked by Payload's own login (so wrong guesses count toward the account's
 * lockout, as at sign-in: call it outside the update's transaction, or a refusal would roll the count
 * back). The session that login opened is not this browser's and is dropped with the others below.
 */
export async function checkCurrentPassword(req: PayloadRequest, diner: SignedInDiner, password: string): Promise<void> {
  try {
    await req.payload.login({ collection: 'customers', data: { email: diner.email, password }, req })
  } catch (error) {
    if (error instanceof LockedAuth) throw new BookingError(429, 'rate_limited', 'currentPassword', { seconds: 15 * 60 })
    if (error instanceof AuthenticationError) throw new BookingError(422, 'wrong_password', 'currentPassword')
    throw error
  }
}

/**
 * The diner edits their name, phone and language, and may change their password (the current one
 * required). A new password ends every other session of the account: whoever else was signed in
 * with the old one is signed out; this browser stays signed in.
 */
export async function updateDinerProfile(req: PayloadRequest, diner: SignedInDiner, profile: DinerProfile): Promise<Customer> {
  const updated = await req.payload.update({
    collection: 'customers',
    id: diner.id,
    data: { name: profile.name, phone: profile.phone ?? null, locale: profile.locale, ...(profile.newPassword ? { password: profile.newPassword } : {}) },
    req,
    depth: 0,
    overrideAccess: true,
  })
  if (profile.newPassword) {
    const fresh = (await req.payload.findByID({ collection: 'customers', id: diner.id, depth: 0, req, showHiddenFields: true, overrideAccess: true })) as Customer & {
      sessions?: Array<{ id: string }>
    }
    const sessions = (fresh.sessions ?? []).filter((session) => session.id === diner._sid)
    await req.payload.db.updateOne({ collection: 'customers', id: diner.id, data: { sessions }, req, returning: false })
  }
  return updated
}
