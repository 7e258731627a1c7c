import { createHmac, timingSafeEqual } from 'node:crypto'

import type { PendingSignIn } from './client'

/** Between leaving for the provider and coming back: state, nonce and PKCE verifier, signed. */
export const PENDING_COOKIE = 'techplus-oauth'
const PATH = '/api/customers/oauth'
const TEN_MINUTES = 600

export interface PendingCookie extends PendingSignIn {
  provider: string
  locale: 'fr' | 'en'
  /** The page to return to once signed in (a path of this site, checked when the sign-in started). */
  next?: string
}

const sign = (value: string, secret: string) => createHmac('sha256', secret).update(`oauth-pending:${value}`).digest('base64url')

function secure(): string {
  return process.env.NODE_ENV === 'production' && process.env.SECURE_COOKIES !== 'false' ? '; Secure' : ''
}

export function pendingCookie(pending: PendingCookie, secret: string): string {
  const value = Buffer.from(JSON.stringify(pending)).toString('base64url')
  // Lax: the browser sends it on the provider's top-level redirect back to us.
  return `${PENDING_COOKIE}=${value}.${sign(value, secret)}; Path=${PATH}; HttpOnly; SameSite=Lax; Max-Age=${TEN_MINUTES}${secure()}`
}

export function clearedPendingCookie(): string {
  return `${PENDING_COOKIE}=; Path=${PATH}; HttpOnly; SameSite=Lax; Max-Age=0${secure()}`
}

export function readPendingCookie(headers: Headers, secret: string): PendingCookie | null {
  const raw = (headers.get('cookie') ?? '')
    .split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${PENDING_COOKIE}=`))
    ?.slice(PENDING_COOKIE.length + 1)
  if (!raw) return null
  const [value = '', signature = ''] = raw.split('.')
  const expected = sign(value, secret)
  if (signature.length !== expected.length || !timingSafeEqual(Buffer.from(signature), Buffer.from(expected))) return null
  try {
    return JSON.parse(Buffer.from(value, 'base64url').toString()) as PendingCookie
  } catch {
    return null
  }
}
