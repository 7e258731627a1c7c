import { getFieldsToSign, JWTAuthentication, jwtSign, type CollectionConfig, type Payload, type PayloadRequest } from 'payload'
import { randomUUID } from 'node:crypto'

import { addElapsedDays } from '../../domain/availability/localTime'
import type { Customer } from '../../payload-types'
import { serverUrl } from '../../infrastructure/config/serverUrl'

/**
 * The diner's own session cookie. Payload gives every auth collection the same `payload-token`
 * cookie, so a diner signing in through Payload's routes would replace a staff member's admin
 * session in the same browser. Diners get this cookie instead, set only by our endpoints.
 */
export const DINER_COOKIE = 'techplus-diner'
/** Thirty days of elapsed time, the cookie's Max-Age (seconds). */
export const DINER_SESSION_SECONDS = addElapsedDays(new Date(0), 30).getTime() / 1000

function secureCookies(): boolean {
  return process.env.NODE_ENV === 'production' && process.env.SECURE_COOKIES !== 'false'
}

export function dinerCookie(token: string, maxAgeSeconds = DINER_SESSION_SECONDS): string {
  const parts = [`${DINER_COOKIE}=${token}`, 'Path=/', 'HttpOnly', 'SameSite=Lax', `Max-Age=${maxAgeSeconds}`]
  if (secureCookies()) parts.push('Secure')
  return parts.join('; ')
}

export function expiredDinerCookie(): string {
  return dinerCookie('', 0).replace('Max-Age=0', 'Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT')
}

export function dinerTokenFrom(headers: Headers): string | null {
  const cookie = headers.get('cookie') ?? ''
  for (const part of cookie.split(';')) {
    const [name, ...rest] = part.trim().split('=')
    if (name === DINER_COOKIE) return rest.join('=') || null
  }
  return null
}

export type SignedInDiner = Customer & { collection: 'customers'; _sid?: string }

/**
 * The diner signed in by the cookie, or null. Verified exactly as Payload verifies its own tokens
 * (signature, expiry, verified email, live session id) by handing the cookie's value to Payload's
 * JWT check as an Authorization header — never read from `req.user`, which is the staff session.
 */
export async function dinerFromHeaders(payload: Payload, headers: Headers): Promise<SignedInDiner | null> {
  const token = dinerTokenFrom(headers)
  if (!token || !fromOurSite(payload, headers)) return null
  const check = new Headers({ Authorization: `JWT ${token}`, DisableAutologin: 'true' })
  const { user } = await JWTAuthentication({ headers: check, payload, isGraphQL: false, canSetHeaders: false, strategyName: 'diner-cookie' })
  if (!user || user.collection !== 'customers') return null
  return user as unknown as SignedInDiner
}

/**
 * A request another site's page makes carries no diner session (as Payload does for its cookie):
 * SameSite=Lax already keeps the cookie off cross-site posts; this also covers sibling subdomains.
 */
function fromOurSite(payload: Payload, headers: Headers): boolean {
  const origin = headers.get('origin')
  if (!origin) return true
  return origin === new URL(serverUrl()).origin || payload.config.csrf.includes(origin)
}

export function dinerFromRequest(req: PayloadRequest): Promise<SignedInDiner | null> {
  return dinerFromHeaders(req.payload, req.headers)
}

/**
 * Opens a session without a password (after a provider vouched for the diner): the same session
 * record and token Payload's login writes, so logout and refresh treat both alike.
 */
export async function openDinerSession(req: PayloadRequest, diner: Customer): Promise<string> {
  const collectionConfig = req.payload.collections.customers.config as unknown as CollectionConfig & { auth: { tokenExpiration: number } }
  const now = new Date()
  const sid = randomUUID()
  const sessions = ((diner as { sessions?: Array<{ id: string; createdAt: string | Date; expiresAt: string | Date }> }).sessions ?? []).filter(
    (session) => new Date(session.expiresAt) > now,
  )
  sessions.push({ id: sid, createdAt: now, expiresAt: new Date(now.getTime() + collectionConfig.auth.tokenExpiration * 1000) })
  await req.payload.db.updateOne({ collection: 'customers', id: diner.id, data: { sessions }, req, returning: false })
  const fieldsToSign = getFieldsToSign({ collectionConfig: collectionConfig as never, email: diner.email, sid, user: { ...diner, collection: 'customers' } as never })
  const { token } = await jwtSign({ fieldsToSign, secret: req.payload.secret, tokenExpiration: collectionConfig.auth.tokenExpiration })
  return token
}

/** Ends one session (this browser's) so its token stops working even before it expires. */
export async function closeDinerSession(req: PayloadRequest, diner: SignedInDiner): Promise<void> {
  const sessions = ((diner as { sessions?: Array<{ id: string }> }).sessions ?? []).filter((session) => session.id !== diner._sid)
  await req.payload.db.updateOne({ collection: 'customers', id: diner.id, data: { sessions }, req, returning: false })
}
