import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

import { payloadSecret } from '../../../infrastructure/config/payloadSecret'

/**
 * The guest's key to their booking: 256 bits derived from the server secret and a random salt
 * stored with the booking. Only the salt and the token's hash are stored, so a database dump alone
 * opens nothing, while later emails (reminder, change) can still carry the same link.
 */
export function manageTokenFromSalt(salt: string): string {
  return createHmac('sha256', payloadSecret()).update(`reservation-manage:${salt}`).digest('base64url')
}

export function newManageToken(): { token: string; hash: string; salt: string } {
  const salt = randomBytes(16).toString('hex')
  const token = manageTokenFromSalt(salt)
  return { token, hash: hashManageToken(token), salt }
}

export function hashManageToken(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}

/** Cheap shape check so junk never reaches the database. */
export function looksLikeManageToken(token: unknown): token is string {
  return typeof token === 'string' && /^[A-Za-z0-9_-]{43}$/.test(token)
}

export function sameManageTokenHash(storedHash: string, token: string): boolean {
  const stored = Buffer.from(storedHash, 'hex')
  const given = Buffer.from(hashManageToken(token), 'hex')
  return stored.length === given.length && timingSafeEqual(stored, given)
}
