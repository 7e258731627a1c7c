import { createHash, randomBytes } from 'node:crypto'

/** 256 random bits, URL-safe: the guest's key to their booking. Only its hash is stored. */
export function newManageToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url')
  return { token, hash: hashManageToken(token) }
}

export function hashManageToken(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}

/** Cheap shape check so junk never reaches the database. */
export function looksLikeManageToken(token: unknown): token is string {
  return typeof token === 'string' && /^[A-Za-z0-9_-]{43}$/.test(token)
}
