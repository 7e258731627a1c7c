import type { Endpoint } from 'payload'
import { z } from 'zod'

import type { ErrorCode } from '../../domain/errors'

/**
 * How a caller proves who it is, as the OpenAPI document names it. An operation lists the ways it
 * accepts; `public` means it answers without any.
 * - `staff`: a staff member's Payload session (the admin's cookie, or `Authorization: JWT <token>`)
 * - `diner`: a signed-in diner's session cookie (`techplus-diner`)
 * - `manageToken`: the booking's secret link token, in the path
 * - `metricsToken`: `Authorization: Bearer $METRICS_TOKEN`
 * - `integration`: an integration's key, `Authorization: integrations API-Key <key>`
 * - `stripeSignature`: Stripe's `Stripe-Signature` header
 */
export type ApiAuth = 'public' | 'staff' | 'diner' | 'manageToken' | 'metricsToken' | 'integration' | 'stripeSignature'

export interface ApiResponse {
  description: string
  /** the JSON answer's shape; none for an empty answer or a file */
  schema?: z.ZodType
  /** application/json unless said (a CSV, a PDF, an .ics, Prometheus text, a page) */
  contentType?: string
  example?: unknown
}

/**
 * One endpoint's entry in the OpenAPI document, kept beside the endpoint (`custom: { openapi }`). The
 * request schemas are the very zod schemas the endpoint parses with; a refusal is named by its
 * code (src/domain/errors), grouped by the status it is answered with.
 */
/**
 * A deprecated operation's dates (ISO days, UTC): when it was announced (CHANGELOG.md) and the day
 * after which it may be gone, at least 6 months later; `use` says what replaces it.
 */
export interface ApiDeprecation {
  since: string
  sunset: string
  use?: string
}

export interface ApiOperation {
  summary: string
  description?: string
  /** the section of the reference page */
  tag: string
  auth: ApiAuth[]
  /** the path's `:name` parameters, described */
  params?: Record<string, { description: string; schema?: z.ZodType }>
  query?: z.ZodType
  body?: z.ZodType
  bodyExample?: unknown
  responses: Record<number, ApiResponse>
  errors?: Partial<Record<number, ErrorCode[]>>
  /** still served, to be removed: see the versioning policy (docs/api.md) */
  deprecated?: ApiDeprecation
}

/** An endpoint's entry sits beside it, in `custom: { openapi }`, where /api/openapi.json finds it. */
export function operationOf(endpoint: Endpoint): ApiOperation | undefined {
  return (endpoint.custom as Record<string, unknown> | undefined)?.openapi as ApiOperation | undefined
}

/** Answers of the `{message}` kind ("check your email"): the words are for people, the status says what happened. */
export const messageAnswer = z.object({ message: z.string() })
export const saying = (words: string) => ({ message: words })
