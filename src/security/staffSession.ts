import { executeAuthStrategies, getPayload, type SanitizedConfig } from 'payload'

/** A credential is offered: a bearer header of any kind, or the staff session cookie. */
const offersCredentials = (request: Request) => Boolean(request.headers.get('authorization') || /(?:^|;\s*)payload-token=/.test(request.headers.get('cookie') ?? ''))

/** Whose budget a request spends: its address's (anonymous or staff), or a partner key's own. */
export type ApiCaller = 'anonymous' | 'staff' | { integration: string }

/**
 * Who makes a request, as Payload's own auth strategies verify it (signature, expiry, session, API
 * key): the larger staff budget is for people, not for whoever sends an Authorization header, and a
 * partner's key (`integrations API-Key …`) spends its own budget. Only the strategies run, not
 * Payload's permission walk over every collection; requests that offer no credential cost nothing.
 */
export function apiCaller(config: SanitizedConfig | Promise<SanitizedConfig>) {
  return async (request: Request): Promise<ApiCaller> => {
    if (!offersCredentials(request)) return 'anonymous'
    const payload = await getPayload({ config })
    const { user } = await executeAuthStrategies({ headers: request.headers, payload, canSetHeaders: false })
    if (user?.collection === 'users') return 'staff'
    if (user?.collection === 'integrations') return { integration: String(user.id) }
    return 'anonymous'
  }
}

/** Whether a request is made by a signed-in staff account (see apiCaller). */
export function staffSession(config: SanitizedConfig | Promise<SanitizedConfig>) {
  const caller = apiCaller(config)
  return async (request: Request): Promise<boolean> => (await caller(request)) === 'staff'
}
