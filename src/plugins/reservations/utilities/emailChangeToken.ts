import { createHmac, timingSafeEqual } from 'node:crypto'

import { payloadSecret } from '../../../infrastructure/config/payloadSecret'

/** How long the new address has to confirm: a day, then the diner asks again. */
export const EMAIL_CHANGE_HOURS = 24

/** What the link to the new address vouches for, signed with the server secret. */
export interface EmailChangeClaim {
  reservation: number
  email: string
  expiresAt: string
  /** Which address the booking had when the change was asked: once it changes, the link is spent. */
  from: string
}

const mac = (value: string) => createHmac('sha256', payloadSecret()).update(`email-change:${value}`).digest('base64url')

/**
 * The booking's address as the link knows it: keyed with the secret, so the holder of the new
 * address learns nothing of the old one, and a confirmed (or superseded) link never works twice.
 */
export function addressFingerprint(email: string | null | undefined): string {
  return mac(`from:${(email ?? '').trim().toLowerCase()}`).slice(0, 22)
}

/**
 * A stateless token: nothing to store or clean up. Built again from the message's details when the
 * email is sent (and resent by a retry), so the message log never holds a working link.
 */
export function signEmailChange(claim: EmailChangeClaim): string {
  const body = Buffer.from(JSON.stringify([claim.reservation, claim.email, claim.expiresAt, claim.from])).toString('base64url')
  return `${body}.${mac(body)}`
}

export type EmailChangeCheck = { ok: true; claim: EmailChangeClaim } | { ok: false; reason: 'invalid' | 'expired' }

/** The claim of a token this server signed, unless it was altered (invalid) or its day is over (expired). */
export function readEmailChange(token: string, now = new Date()): EmailChangeCheck {
  const [body, signature, extra] = token.split('.')
  if (!body || !signature || extra !== undefined) return { ok: false, reason: 'invalid' }
  const expected = Buffer.from(mac(body))
  const given = Buffer.from(signature)
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false, reason: 'invalid' }
  let parts: unknown
  try {
    parts = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'))
  } catch {
    return { ok: false, reason: 'invalid' }
  }
  if (!Array.isArray(parts) || parts.length !== 4) return { ok: false, reason: 'invalid' }
  const [reservation, email, expiresAt, from] = parts as [number, string, string, string]
  if (!(new Date(expiresAt) > now)) return { ok: false, reason: 'expired' }
  return { ok: true, claim: { reservation, email, expiresAt, from } }
}
