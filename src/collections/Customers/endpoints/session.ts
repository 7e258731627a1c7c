import type { Endpoint } from 'payload'
import { z } from 'zod'

import { inTransaction } from '../../../infrastructure/db/transaction'
import { BookingError, endpoint, jsonBody, refusal, requestLanguage } from '../../../infrastructure/http/respond'
import { safeReturnPath } from '../../../domain/returnPath'
import { sendDinerEmail } from '../emails'
import { closeDinerSession, dinerCookie, dinerFromRequest, expiredDinerCookie, openDinerSession } from '../session'
import { messageAnswer, saying, type ApiOperation } from '../../../infrastructure/openapi/operation'

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
const user = z.object({ user: z.object({ id: z.number().int(), email: z.string(), name: z.string(), locale: z.string(), phone: z.string().nullable() }) })
const userExample = { user: { id: 7, email: 'emma@example.co.uk', name: 'Emma Thompson', locale: 'en', phone: null } }

/** What a diner may see of their own account (never the sessions, salts or provider ids). */
export function publicDiner(diner: { id: number; email: string; name: string; locale?: string | null; phone?: string | null }) {
  return { id: diner.id, email: diner.email, name: diner.name, locale: diner.locale ?? 'fr', phone: diner.phone ?? null }
}

/** The same answer whether or not the address has an account, so nobody can probe who is registered. */
const checkYourEmail = () => Response.json({ message: 'Check your email to continue.' }, { status: 202, headers: noStore })

export const sessionEndpoints: Endpoint[] = [
  {
    custom: {
      openapi: {
      tag: 'Diner accounts',
      summary: 'Open a diner account',
      description: 'The same 202 whether or not the address has an account (nobody can probe who is registered); a new address gets a link to confirm it.',
      auth: ['public'],
      body: registration,
      bodyExample: { name: 'Emma Thompson', email: 'emma@example.co.uk', password: 'a-long-password', locale: 'en' },
      responses: { 202: { description: 'Check your email.', schema: messageAnswer, example: saying('Check your email to continue.') } },
      errors: { 400: ['invalid_json'], 422: ['name_required', 'invalid_email', 'password_too_short', 'not_an_option', 'required'] },
      } satisfies ApiOperation,
    },
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
    custom: {
      openapi: {
      tag: 'Diner accounts',
      summary: 'Sign a diner in',
      description: 'Sets the diner session cookie (`techplus-diner`), HTTP-only.',
      auth: ['public'],
      body: credentials,
      bodyExample: { email: 'emma@example.co.uk', password: 'a-long-password' },
      responses: { 200: { description: 'Signed in.', schema: user, example: userExample } },
      errors: { 400: ['invalid_json'], 401: ['wrong_credentials'], 403: ['account_disabled'], 422: ['invalid_email', 'required'] },
      } satisfies ApiOperation,
    },
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
    custom: {
      openapi: {
      tag: 'Diner accounts',
      summary: 'Sign out',
      auth: ['public', 'diner'],
      responses: { 200: { description: 'Signed out; the cookie is cleared.', schema: messageAnswer, example: saying('Signed out') } },
      } satisfies ApiOperation,
    },
    path: '/logout',
    method: 'post',
    handler: endpoint(async (req) => {
      const diner = await dinerFromRequest(req)
      if (diner) await closeDinerSession(req, diner)
      return Response.json({ message: 'Signed out' }, { headers: { ...noStore, 'Set-Cookie': expiredDinerCookie() } })
    }),
  },
  {
    custom: {
      openapi: {
      tag: 'Diner accounts',
      summary: 'Renew the session',
      description: 'A fresh session replaces this one: the old token stops working at once.',
      auth: ['diner'],
      responses: { 200: { description: 'Renewed.', schema: user, example: userExample } },
      errors: { 401: ['unauthorized'] },
      } satisfies ApiOperation,
    },
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
    custom: {
      openapi: {
      tag: 'Diner accounts',
      summary: 'The signed-in diner',
      auth: ['diner'],
      responses: { 200: { description: 'The diner.', schema: user, example: userExample } },
      errors: { 401: ['unauthorized'] },
      } satisfies ApiOperation,
    },
    path: '/me',
    method: 'get',
    handler: endpoint(async (req) => {
      const diner = await dinerFromRequest(req)
      if (!diner) throw new BookingError(401, 'unauthorized')
      return Response.json({ user: publicDiner(diner) }, { headers: noStore })
    }),
  },
  {
    custom: {
      openapi: {
      tag: 'Diner accounts',
      summary: 'Email a link to choose a new password',
      description: 'The same 202 whether or not the address has an account.',
      auth: ['public'],
      body: forgotten,
      bodyExample: { email: 'emma@example.co.uk', locale: 'en' },
      responses: { 202: { description: 'Check your email.', schema: messageAnswer, example: saying('Check your email to continue.') } },
      errors: { 400: ['invalid_json'], 422: ['invalid_email', 'required'] },
      } satisfies ApiOperation,
    },
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
    custom: {
      openapi: {
      tag: 'Diner accounts',
      summary: 'Choose a new password with the emailed token',
      auth: ['public'],
      body: reset,
      bodyExample: { token: '…', password: 'another-long-password' },
      responses: { 200: { description: 'Changed.', schema: messageAnswer, example: saying('Password changed. You can sign in.') } },
      errors: { 400: ['invalid_json', 'invalid_token'], 422: ['password_too_short', 'required'] },
      } satisfies ApiOperation,
    },
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
  {
    custom: {
      openapi: {
        tag: 'Diner accounts',
        summary: "Payload's first-user route: not for diners",
        description: 'Always 404: diners register with `/api/customers/register`.',
        auth: ['public'],
        responses: {},
        errors: { 404: ['not_found'] },
      } satisfies ApiOperation,
    },
    path: '/first-register',
    method: 'post',
    handler: (req) => refusal(404, 'not_found', requestLanguage(req)),
  },
]
