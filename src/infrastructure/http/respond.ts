import { APIError, ValidationError, type PayloadHandler, type PayloadRequest } from 'payload'
import { z } from 'zod'

import { answerLanguage, codeForStatus, errorMessage, isErrorCode, refusalOfIssue, type ErrorCode, type ErrorParams } from '../../domain/errors'
import type { Language } from '../../domain/locale'

/**
 * A refusal a caller can act on: status, a stable code (src/domain/errors), the field at fault and
 * what the message needs. The words are chosen when answering, in the caller's language.
 */
export class BookingError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    readonly field?: string,
    readonly params: ErrorParams = {},
  ) {
    super(errorMessage(code, 'en', params))
  }
}

/** One refusal as answered: `params` are what the message was worded with, for clients that word it themselves. */
export type ErrorEntry = { message: string; code: string; field?: string; params?: ErrorParams; remedy?: string }

/** The language of the answer: `?locale=fr|en`, else Accept-Language, else English. */
export function requestLanguage(req: Pick<PayloadRequest, 'headers' | 'url'> | Request): Language {
  const query = new URL(req.url ?? '', 'http://localhost').searchParams.get('locale')
  return answerLanguage(query, req.headers?.get('accept-language'))
}

/** Payload's error shape, so API consumers handle ours like Payload's own. */
export function errorResponse(status: number, errors: ErrorEntry[], headers: Record<string, string> = {}): Response {
  return Response.json({ errors }, { status, headers: { 'Cache-Control': 'no-store', ...headers } })
}

function entry(code: ErrorCode, language: Language, field?: string, params?: ErrorParams): ErrorEntry {
  const given = params && Object.keys(params).length > 0 ? params : undefined
  return { message: errorMessage(code, language, params), code, ...(field ? { field } : {}), ...(given ? { params: given } : {}) }
}

/** One refusal by its code, worded in the language asked for. */
export function refusal(status: number, code: ErrorCode, language: Language, field?: string, params?: ErrorParams, headers?: Record<string, string>): Response {
  return errorResponse(status, [entry(code, language, field, params)], headers)
}

export function validationErrors(error: z.ZodError, language: Language): Response {
  return errorResponse(
    422,
    error.issues.map((issue) => {
      const { code, field, params } = refusalOfIssue(issue)
      return entry(code, language, field, params)
    }),
  )
}

type HookFieldError = { message: string; path: string; code?: string; remedy?: string }

/**
 * Wraps an endpoint: bad input and refused bookings become 4xx JSON; anything else is logged
 * and answered with a plain 500 that leaks nothing.
 */
export function endpoint(handler: (req: PayloadRequest) => Promise<Response>): PayloadHandler {
  return async (req) => {
    const language = requestLanguage(req)
    // `?locale` chooses the answer's language, nothing else: Payload would also read localized
    // content in it, and the rules compare some of it (the service a deposit applies to is named in
    // the default locale). Every custom endpoint reads its data as a request naming no locale does.
    const localization = req.payload.config.localization
    if (localization) req.locale = localization.defaultLocale as PayloadRequest['locale']
    try {
      return await handler(req)
    } catch (error) {
      if (error instanceof BookingError) return refusal(error.status, error.code, language, error.field, error.params)
      if (error instanceof z.ZodError) return validationErrors(error, language)
      // A refusal from a collection hook (booking rules, field validation): our hooks give a code and
      // word the message in the request's language already; Payload's own field checks give neither.
      if (error instanceof ValidationError) {
        return errorResponse(
          422,
          (error.data.errors as HookFieldError[]).map((e) => ({ message: e.message, code: isErrorCode(e.code) ? e.code : 'invalid', field: e.path, ...(e.remedy ? { remedy: e.remedy } : {}) })),
        )
      }
      if (error instanceof APIError && error.status >= 400 && error.status < 500) {
        const code = (error.data as { code?: unknown } | null)?.code
        return refusal(error.status, isErrorCode(code) ? code : codeForStatus(error.status), language)
      }
      req.payload.logger.error({ err: error, msg: `Endpoint ${req.method} ${req.pathname} failed` })
      return refusal(500, 'server_error', language)
    }
  }
}

/**
 * An endpoint that acts for a diner (booking, the secret-link routes, the waitlist). A staff session
 * riding along — the admin open in the same browser — must change nothing: it would mark the
 * booking as the staff member's, and their restaurant filter would refuse a booking at a
 * restaurant they do not work for.
 */
export function dinerEndpoint(handler: (req: PayloadRequest) => Promise<Response>): PayloadHandler {
  return endpoint((req) => {
    req.user = null
    return handler(req)
  })
}

/** The JSON body, or a 400 naming the problem. */
export async function jsonBody(req: PayloadRequest): Promise<unknown> {
  try {
    return await req.json!()
  } catch {
    throw new BookingError(400, 'invalid_json')
  }
}

export function queryObject(req: PayloadRequest): Record<string, string> {
  return Object.fromEntries(new URL(req.url ?? 'http://localhost').searchParams.entries())
}
