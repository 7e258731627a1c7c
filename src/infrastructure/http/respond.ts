import { APIError, ValidationError, type PayloadHandler, type PayloadRequest } from 'payload'
import { z } from 'zod'

/** An error a caller can act on: status, message, machine code and the field at fault. */
export class BookingError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code: string,
    readonly field?: string,
  ) {
    super(message)
  }
}

/** Payload's error shape, so API consumers handle ours like Payload's own. */
export function errorResponse(status: number, errors: Array<{ message: string; field?: string; code?: string }>): Response {
  return Response.json({ errors }, { status, headers: { 'Cache-Control': 'no-store' } })
}

export function validationErrors(error: z.ZodError): Response {
  return errorResponse(
    422,
    error.issues.map((issue) => ({ message: issue.message, field: issue.path.join('.') || undefined, code: 'invalid' })),
  )
}

/**
 * Wraps an endpoint: bad input and refused bookings become 4xx JSON; anything else is logged
 * and answered with a plain 500 that leaks nothing.
 */
export function endpoint(handler: (req: PayloadRequest) => Promise<Response>): PayloadHandler {
  return async (req) => {
    try {
      return await handler(req)
    } catch (error) {
      if (error instanceof BookingError) return errorResponse(error.status, [{ message: error.message, code: error.code, field: error.field }])
      if (error instanceof z.ZodError) return validationErrors(error)
      // A refusal from a collection hook (booking rules, field validation) keeps its message and field.
      if (error instanceof ValidationError) {
        return errorResponse(422, error.data.errors.map((e) => ({ message: e.message, field: e.path, code: 'invalid' })))
      }
      if (error instanceof APIError && error.status >= 400 && error.status < 500) return errorResponse(error.status, [{ message: error.message }])
      req.payload.logger.error({ err: error, msg: `Endpoint ${req.method} ${req.pathname} failed` })
      return errorResponse(500, [{ message: 'Something went wrong on our side. Please try again.' }])
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
    throw new BookingError(400, 'The request body must be valid JSON', 'invalid_json')
  }
}

export function queryObject(req: PayloadRequest): Record<string, string> {
  return Object.fromEntries(new URL(req.url ?? 'http://localhost').searchParams.entries())
}
