import { executeAuthStrategies, getPayload, type SanitizedConfig } from 'payload'

/** A credential is offered: a bearer header of any kind, or the staff session cookie. */
const offersCredentials = (request: Request) => Boolean(request.headers.get('authorization') || /(?:^|;\s*)payload-token=/.test(request.headers.get('cookie') ?? ''))

/**
 * Whether a request is made by a signed-in staff account, as Payload's own auth strategies verify
 * it (signature, expiry, session, API key): the larger staff budget is for people, not for whoever
 * sends an Authorization header. Only the strategies run, not Payload's permission walk over every
 * collection; requests that offer no credential cost nothing.
 */
export function staffSession(config: SanitizedConfig | Promise<SanitizedConfig>) {
  return async (request: Request): Promise<boolean> => {
    if (!offersCredentials(request)) return false
    const payload = await getPayload({ config })
    const { user } = await executeAuthStrategies({ headers: request.headers, payload, canSetHeaders: false })
    return user?.collection === 'users'
  }
}
