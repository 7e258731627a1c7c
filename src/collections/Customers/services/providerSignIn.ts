import { randomBytes } from 'node:crypto'
import type { PayloadRequest } from 'payload'

import type { Customer } from '../../../payload-types'
import { execute, sql } from '../../../infrastructure/db/execute'
import { sendDinerEmail } from '../emails'
import type { ProviderIdentity } from '../oauth/client'

export type ProviderSignIn =
  | { outcome: 'signed-in'; diner: Customer }
  | { outcome: 'check-email' }
  | { outcome: 'refused'; reason: 'no-email' | 'email-not-verified' }

/**
 * Which diner a provider's identity is. A known identity signs its diner in. Otherwise an address
 * the provider vouches for links to (or creates) the account with that address; an unvouched
 * address never takes over an existing account, and a new account from it must confirm it by
 * email first, like a registration.
 */
export async function dinerForIdentity(req: PayloadRequest, provider: string, identity: ProviderIdentity, locale: 'fr' | 'en'): Promise<ProviderSignIn> {
  const [linked] = await execute(req, sql`select _parent_id as id from customers_identities where provider = ${provider} and subject = ${identity.subject} limit 1`)
  if (linked) {
    const diner = await req.payload.findByID({ collection: 'customers', id: Number(linked.id), depth: 0, req })
    return diner._verified ? { outcome: 'signed-in', diner } : { outcome: 'check-email' }
  }
  if (!identity.email) return { outcome: 'refused', reason: 'no-email' }
  const newIdentity = { provider, subject: identity.subject }
  const { docs } = await req.payload.find({ collection: 'customers', where: { email: { equals: identity.email } }, limit: 1, depth: 0, req })
  const existing = docs[0]
  if (existing) {
    if (!identity.emailVerified) return { outcome: 'refused', reason: 'email-not-verified' }
    // The provider proved the address: that also confirms it for an account still waiting.
    const diner = await req.payload.update({
      collection: 'customers',
      id: existing.id,
      data: { identities: [...(existing.identities ?? []), newIdentity], _verified: true },
      req,
    })
    return { outcome: 'signed-in', diner }
  }
  const diner = await req.payload.create({
    collection: 'customers',
    data: {
      email: identity.email,
      name: identity.name?.trim().slice(0, 120) || identity.email.split('@')[0]!,
      locale,
      identities: [newIdentity],
      // Signs in through the provider; a password can be set later with "forgot password".
      password: randomBytes(32).toString('base64url'),
      _verified: identity.emailVerified,
    },
    // Payload's own email has no text part: an address to confirm gets ours.
    disableVerificationEmail: true,
    showHiddenFields: !identity.emailVerified,
    req,
  })
  if (!identity.emailVerified && diner._verificationToken) await sendDinerEmail(req, 'verify', diner, diner._verificationToken)
  return identity.emailVerified ? { outcome: 'signed-in', diner } : { outcome: 'check-email' }
}
