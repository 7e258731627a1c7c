import type { Endpoint } from 'payload'
import { z } from 'zod'

import { inTransaction } from '../../../infrastructure/db/transaction'
import { BookingError, endpoint, jsonBody, refusal, requestLanguage } from '../../../infrastructure/http/respond'
import { safeReturnPath } from '../../../domain/returnPath'
import { sendDinerEmail } from '../emails'
import { closeDinerSession, dinerCookie, dinerFromRequest, expiredDinerCookie, openDinerSession } from '../session'

const email = z.string().trim().toLowerCase().email('invalid_email').max(254)
const password = z.string().min(10, 'password_too_short').max(200)
const locale = z.enum(['fr', 'en']).default('fr')

// Where the diner was before registering: only a path of this site is kept (no open redirect).
const returnPath = z.unknown().optional().transform((value) => safeReturnPath(value) ?? undefined)

const registration = z.object({
  name: z.string({ error: (issue) => (issue.code === 'invalid_type' ? 'name_required' : undefined) }).trim().min(1, 'name_required').max(120),
  email,
  password,
  locale,
  next: returnPath,
})
const credentials = z.object({ email, password: z.string().min(1, 'required').max(200) })
const forgotten = z.object({ email, locale: locale.optional() })
const reset = z.object({ token: z.string().min(1).max(200), password })

const noStore = { 'Cache-Control': 'no-store' }

/** What a diner may see of their own account (never the sessions, salts or provider ids). */
export function publicDiner(diner: { id: number; email: string; name: string; locale?: string | null; phone?: string | null }) {
  return { id: diner.id, email: diner.email, name: diner.name, locale: diner.locale ?? 'fr', phone: diner.phone ?? null }
}

/** The same answer whether or not the address has an account, so nobody can probe who is registered. */
const checkYourEmail = () => Response.json({ message: 'Check your email to continue.' }, { status: 202, headers: noStore })

export const sessionEndpoints: Endpoint[] = [
  {
    path: '/register',
    method: 'post',
    handler: endpoint(async (req) => {
      const data = registration.parse(await jsonBody(req))
      const existing = await req.payload.find({ collection: 'customers', where: { email: { equals: data.email } }, limit: 1, depth: 0, req })
      // An existing address gets nothing new. Payload's own email has no text part: we send ours,
      // in the same transaction, so an account whose email could not leave is not kept.
      if (existing.totalDocs === 0) {
        await inTransaction(req, async () => {
          const { next, ...account } = data
          const diner = await req.payload.create({ collection: 'customers', data: { ...account, _verified: false }, disableVerificationEmail: true, showHiddenFields: true, req })
          if (diner._verificationToken) await sendDinerEmail(req, 'verify', diner, diner._verificationToken, next)
        })
      }
      return checkYourEmail()
    }),
  },
  {
    path: '/login',
    method: 'post',
    handler: endpoint(async (req) => {
      const data = credentials.parse(await jsonBody(req))
      const { token, user } = await req.payload.login({ collection: 'customers', data, req })
      if (!token || !user) throw new BookingError(401, 'wrong_credentials')
      return Response.json({ user: publicDiner(user) }, { headers: { ...noStore, 'Set-Cookie': dinerCookie(token) } })
    }),
  },
  {
    path: '/logout',
    method: 'post',
    handler: endpoint(async (req) => {
      const diner = await dinerFromRequest(req)
      if (diner) await closeDinerSession(req, diner)
      return Response.json({ message: 'Signed out' }, { headers: { ...noStore, 'Set-Cookie': expiredDinerCookie() } })
    }),
  },
  {
    path: '/refresh-token',
    method: 'post',
    handler: endpoint(async (req) => {
      const diner = await dinerFromRequest(req)
      if (!diner) throw new BookingError(401, 'unauthorized')
      // A fresh session replaces this one: the old token stops working at once.
      await closeDinerSession(req, diner)
      const fresh = await req.payload.findByID({ collection: 'customers', id: diner.id, depth: 0, req })
      const token = await openDinerSession(req, fresh)
      return Response.json({ user: publicDiner(fresh) }, { headers: { ...noStore, 'Set-Cookie': dinerCookie(token) } })
    }),
  },
  {
    path: '/me',
    method: 'get',
    handler: endpoint(async (req) => {
      const diner = await dinerFromRequest(req)
      if (!diner) throw new BookingError(401, 'unauthorized')
      return Response.json({ user: publicDiner(diner) }, { headers: noStore })
    }),
  },
  {
    path: '/forgot-password',
    method: 'post',
    handler: endpoint(async (req) => {
      const data = forgotten.parse(await jsonBody(req))
      const token = await req.payload.forgotPassword({ collection: 'customers', data: { email: data.email }, disableEmail: true, req })
      if (token) {
        const found = await req.payload.find({ collection: 'customers', where: { email: { equals: data.email } }, limit: 1, depth: 0, req })
        const diner = found.docs[0]
        if (diner) await sendDinerEmail(req, 'reset', diner, token)
      }
      return checkYourEmail()
    }),
  },
  {
    path: '/reset-password',
    method: 'post',
    handler: endpoint(async (req) => {
      const data = reset.parse(await jsonBody(req))
      try {
        await req.payload.resetPassword({ collection: 'customers', data, overrideAccess: true, req })
      } catch {
        throw new BookingError(400, 'invalid_token')
      }
      return Response.json({ message: 'Password changed. You can sign in.' }, { headers: noStore })
    }),
  },
  // Payload's first-user and unlock routes make no sense for diners and would set the shared cookie.
  { path: '/first-register', method: 'post', handler: (req) => refusal(404, 'not_found', requestLanguage(req)) },
]
