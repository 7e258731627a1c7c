import type { Endpoint, PayloadRequest } from 'payload'
import { z } from 'zod'

import { returnPathOr, safeReturnPath } from '../../../domain/returnPath'
import { BookingError, endpoint, queryObject } from '../../../infrastructure/http/respond'
import { inTransaction } from '../../../infrastructure/db/transaction'
import { serverUrl } from '../../../infrastructure/config/serverUrl'
import { authorizationUrl, identityFromCallback } from '../oauth/client'
import { clearedPendingCookie, pendingCookie, readPendingCookie } from '../oauth/pendingCookie'
import { providerById } from '../oauth/providers'
import { dinerForIdentity } from '../services/providerSignIn'
import { dinerCookie, openDinerSession } from '../session'
import type { ApiOperation } from '../../../infrastructure/openapi/operation'

const startQuery = z.object({ locale: z.enum(['fr', 'en']).default('fr'), next: z.unknown().optional().transform((value) => safeReturnPath(value) ?? undefined) })

const callbackUri = (provider: string) => `${serverUrl()}/api/customers/oauth/${provider}/callback`

function redirect(to: string, cookies: string[]): Response {
  const headers = new Headers({ Location: to, 'Cache-Control': 'no-store' })
  for (const cookie of cookies) headers.append('Set-Cookie', cookie)
  return new Response(null, { status: 302, headers })
}

const providerParam = (req: PayloadRequest) => String(req.routeParams?.provider ?? '')

export const oauthEndpoints: Endpoint[] = [
  {
    custom: {
      openapi: {
      tag: 'Diner accounts',
      summary: 'Sign in with a provider (Facebook, OpenID Connect)',
      description: "Redirects the browser to the provider's sign-in page.",
      auth: ['public'],
      params: { provider: { description: 'A configured provider: `facebook`, `oidc`.' } },
      query: startQuery,
      responses: { 302: { description: "To the provider's sign-in page." } },
      errors: { 404: ['unknown_provider'] },
      } satisfies ApiOperation,
    },
    path: '/oauth/:provider',
    method: 'get',
    handler: endpoint(async (req) => {
      const provider = providerById(providerParam(req))
      if (!provider) throw new BookingError(404, 'unknown_provider')
      const { locale, next } = startQuery.parse(queryObject(req))
      const { url, pending } = await authorizationUrl(provider, callbackUri(provider.id))
      return redirect(url.href, [pendingCookie({ ...pending, provider: provider.id, locale, ...(next ? { next } : {}) }, req.payload.secret)])
    }),
  },
  {
    custom: {
      openapi: {
      tag: 'Diner accounts',
      summary: "The provider's return",
      description: 'Signs the diner in and redirects to where they were; on any failure, back to the sign-in page with an error.',
      auth: ['public'],
      params: { provider: { description: 'The provider.' } },
      responses: { 302: { description: 'Signed in (to the account or the page they came from), or back to sign-in with `?error=`.' } },
      errors: { 404: ['unknown_provider'] },
      } satisfies ApiOperation,
    },
    path: '/oauth/:provider/callback',
    method: 'get',
    handler: endpoint(async (req) => {
      const provider = providerById(providerParam(req))
      if (!provider) throw new BookingError(404, 'unknown_provider')
      const pending = readPendingCookie(req.headers, req.payload.secret)
      const locale = pending?.locale ?? 'fr'
      const signIn = `${serverUrl()}/${locale}/account/sign-in`
      if (!pending || pending.provider !== provider.id) return redirect(`${signIn}?error=provider`, [clearedPendingCookie()])
      try {
        // The provider redirected the browser to our public address: check the code against that URL.
        const current = new URL(req.url ?? '', serverUrl())
        const identity = await identityFromCallback(provider, new URL(`${callbackUri(provider.id)}${current.search}`), pending)
        const result = await inTransaction(req, () => dinerForIdentity(req, provider.id, identity, locale))
        if (result.outcome === 'check-email') return redirect(`${signIn}?notice=check-email`, [clearedPendingCookie()])
        if (result.outcome === 'refused') return redirect(`${signIn}?error=${result.reason}`, [clearedPendingCookie()])
        const token = await openDinerSession(req, result.diner)
        // Checked again: the cookie is signed, but a path is only ever followed once known to be ours.
        return redirect(`${serverUrl()}${returnPathOr(pending.next, `/${locale}/account`)}`, [clearedPendingCookie(), dinerCookie(token)])
      } catch (error) {
        // Refused consent, a replayed or forged callback, a provider outage: back to sign-in, logged.
        req.payload.logger.warn({ err: error, msg: `Sign-in with ${provider.id} failed` })
        return redirect(`${signIn}?error=provider`, [clearedPendingCookie()])
      }
    }),
  },
]
