'use client'

import { isErrorCode, refusalWithRemedy, type ErrorParams } from '../../domain/errors'
import { languageOf } from '../../domain/locale'

type FieldError = { message?: string; path?: string; code?: string; remedy?: string }
type ErrorBody = { errors?: { message?: string; code?: string; field?: string; params?: ErrorParams; remedy?: string; data?: { code?: string; params?: ErrorParams; errors?: FieldError[] } }[] }

export type SendResult<T> = { ok: boolean; data: T | null; code: string | null; field: string | null; reason: string }

/**
 * The refusal's code wherever the answer puts it: our endpoints at the top (`errors[0].code`), a
 * collection hook's ValidationError per field (`errors[0].data.errors[0].code`), an APIError in its
 * data (`errors[0].data.code`, the table-taken constraint).
 */
export function refusalOfAnswer(json: ErrorBody | null, status: number, language: string): Omit<SendResult<never>, 'ok' | 'data'> {
  const first = json?.errors?.[0]
  const fieldError = first?.data?.errors?.[0]
  const code = first?.code ?? fieldError?.code ?? first?.data?.code ?? null
  const field = first?.field ?? fieldError?.path ?? null
  // A code we know is worded from the table in the admin's language; Payload's own checks carry none
  // and are worded by Payload in the language the request asked for.
  const reason = isErrorCode(code) ? refusalWithRemedy(code, first?.remedy ?? fieldError?.remedy, languageOf(language), first?.params ?? first?.data?.params) : (fieldError?.message ?? first?.message ?? `Refused (${status})`)
  return { code, field, reason }
}

/**
 * A write from a staff view with the signed-in user's cookie, asking for answers in the admin's
 * language (the `lang` Payload gives the admin's page, unless the caller says). Clients decide on
 * `code`; `reason` is what to show.
 */
export async function sendJson<T = unknown>(method: 'POST' | 'PATCH', url: string, body: unknown, language?: string): Promise<SendResult<T>> {
  const lang = language ?? (typeof document !== 'undefined' ? document.documentElement.lang : 'en')
  const res = await fetch(url, {
    method,
    credentials: 'include',
    headers: { 'Content-Type': 'application/json', 'Accept-Language': languageOf(lang) },
    body: JSON.stringify(body),
  })
  const json = (await res.json().catch(() => null)) as (T & ErrorBody) | null
  if (res.ok) return { ok: true, data: json, code: null, field: null, reason: '' }
  return { ok: false, data: null, ...refusalOfAnswer(json, res.status, lang) }
}
