import type { SanitizedConfig } from 'payload'

import { securityHeaders } from './headers'
import { apiCaller } from './staffSession'
import { withRateLimits } from './withRateLimits'

/** An API route handler behind the rate limits, answering with the security headers. */
export function guardApi<Rest extends unknown[]>(config: SanitizedConfig | Promise<SanitizedConfig>, handler: (request: Request, ...rest: Rest) => Promise<Response>) {
  const limited = withRateLimits(handler, { caller: apiCaller(config) })
  return async (request: Request, ...rest: Rest): Promise<Response> => {
    const response = await limited(request, ...rest)
    // Some of Payload's answers (files) carry immutable headers: copy into a fresh response then.
    try {
      for (const { key, value } of securityHeaders()) response.headers.set(key, value)
      return response
    } catch {
      const copy = new Response(response.body, response)
      for (const { key, value } of securityHeaders()) copy.headers.set(key, value)
      return copy
    }
  }
}
