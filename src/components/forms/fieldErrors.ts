import type { z } from 'zod'

import { errorMessage, refusalOfIssue } from '@/domain/errors'
import type { Locale } from '@/i18n/config'

export type FieldErrors = Record<string, string>

type ApiErrors = { errors?: Array<{ code?: string; field?: string; params?: Record<string, string | number> }> } | null | undefined

/** The first problem of each field, worded by its code in the page's language ('' for the form as a whole). */
export function issuesAsFieldErrors(issues: z.core.$ZodIssue[], locale: Locale): FieldErrors {
  const errors: FieldErrors = {}
  for (const issue of issues) {
    const { code, field = '', params } = refusalOfIssue(issue)
    errors[field] ??= errorMessage(code, locale, params)
  }
  return errors
}

/** An API refusal the same way: the server's own words are never shown, its codes are. */
export function apiFieldErrors(body: ApiErrors, locale: Locale): FieldErrors {
  const errors: FieldErrors = {}
  for (const entry of body?.errors ?? [{ code: 'server_error' }]) errors[entry.field ?? ''] ??= errorMessage(entry.code ?? 'server_error', locale, entry.params)
  return errors
}
