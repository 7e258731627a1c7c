import type { z } from 'zod'

import { isErrorCode, type ErrorCode, type ErrorParams } from './messages'

export interface FieldRefusal {
  code: ErrorCode
  field?: string
  params?: ErrorParams
}

/**
 * A zod issue as a refusal. Our schemas give an error code as their message where a field has a
 * precise one (`invalid_email`, `range_reversed`…); any other issue gets zod's kind of problem.
 */
export function refusalOfIssue(issue: z.core.$ZodIssue): FieldRefusal {
  const field = issue.path.map(String).join('.') || undefined
  if (isErrorCode(issue.message)) return { code: issue.message, field, ...(issue.code === 'custom' && issue.params ? { params: issue.params as ErrorParams } : {}) }
  switch (issue.code) {
    case 'invalid_type':
      // zod only reports the input when asked to; its message names what it received.
      return { code: /received undefined$/.test(issue.message) ? 'required' : issue.expected === 'number' ? 'not_a_number' : 'invalid', field }
    case 'too_small':
      return { code: 'too_small', field, params: { minimum: Number(issue.minimum) } }
    case 'too_big':
      return { code: 'too_big', field, params: { maximum: Number(issue.maximum) } }
    case 'invalid_value':
      return { code: 'not_an_option', field, params: { options: issue.values.map(String).join(', ') } }
    case 'invalid_format':
      return { code: issue.format === 'email' ? 'invalid_email' : issue.format === 'datetime' ? 'invalid_datetime' : 'invalid', field }
    default:
      return { code: 'invalid', field }
  }
}
