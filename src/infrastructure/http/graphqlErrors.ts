import { APIError, ValidationError, type AfterErrorHook } from 'payload'
import { z } from 'zod'

import { codeForStatus, errorMessage, isErrorCode, refusalOfIssue, type ErrorCode, type ErrorParams } from '../../domain/errors'
import type { Language } from '../../domain/locale'
import { BookingError, type ErrorEntry } from './respond'

/**
 * A refusal of one of our GraphQL operations: the same code, field and params as the REST
 * endpoint's, the message in the request's language. An APIError, so Payload's GraphQL handler
 * keeps its status and message (a plain error would become "Something went wrong"); the
 * afterError hook below lifts the code into `extensions`.
 */
export class GraphQLRefusal extends APIError<{ code: ErrorCode; field?: string; params?: ErrorParams; errors: ErrorEntry[] }> {
  constructor(status: number, errors: ErrorEntry[]) {
    const first = errors[0]!
    super(first.message, status, { code: first.code as ErrorCode, ...(first.field ? { field: first.field } : {}), ...(first.params ? { params: first.params } : {}), errors }, true)
  }
}

function entry(code: ErrorCode, language: Language, field?: string, params?: ErrorParams): ErrorEntry {
  const given = params && Object.keys(params).length > 0 ? params : undefined
  return { message: errorMessage(code, language, params), code, ...(field ? { field } : {}), ...(given ? { params: given } : {}) }
}

/** What an operation threw, as the refusal REST would answer; anything else (a bug) is thrown on as it is. */
export function asGraphQLRefusal(error: unknown, language: Language): unknown {
  if (error instanceof BookingError) return new GraphQLRefusal(error.status, [entry(error.code, language, error.field, error.params)])
  if (error instanceof z.ZodError) {
    return new GraphQLRefusal(
      422,
      error.issues.map((issue) => {
        const { code, field, params } = refusalOfIssue(issue)
        return entry(code, language, field, params)
      }),
    )
  }
  if (error instanceof ValidationError) {
    const fields = error.data.errors as Array<{ message: string; path: string; code?: string }>
    return new GraphQLRefusal(422, fields.map((e) => ({ message: e.message, code: isErrorCode(e.code) ? e.code : 'invalid', field: e.path })))
  }
  if (error instanceof APIError && error.status >= 400 && error.status < 500) {
    const code = (error.data as { code?: unknown } | null)?.code
    return new GraphQLRefusal(error.status, [entry(isErrorCode(code) ? code : codeForStatus(error.status), language)])
  }
  return error
}

/**
 * `extensions.code` (and `field`, `params`) on a GraphQL error from our operations, as REST puts
 * them on `errors[i]`: clients decide on the code whichever API they use.
 */
export const graphqlRefusalCodes: AfterErrorHook = ({ error, graphqlResult }) => {
  const refusal = (error as { originalError?: unknown }).originalError
  if (!graphqlResult || !(refusal instanceof GraphQLRefusal)) return
  const { code, field, params } = refusal.data
  return { graphqlResult: { ...graphqlResult, extensions: { ...graphqlResult.extensions, code, ...(field ? { field } : {}), ...(params ? { params } : {}) } } }
}
