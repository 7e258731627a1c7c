import { errorMessage } from '@/domain/errors'
import type { Locale } from '@/i18n/config'

import type { ApiErrors } from './types'

export type Refusal = { code: string; field?: string; text: string }

/**
 * The first refusal of an API answer, worded by its code in the page's language: the server's own
 * `message` is never shown (it follows the request's language, which a proxy or a partner may set).
 */
export function refusalOf(body: ApiErrors | null | undefined, locale: Locale): Refusal {
  const first = body?.errors?.[0]
  const code = first?.code ?? 'server_error'
  return { code, field: first?.field, text: errorMessage(code, locale, first?.params) }
}

/** An API path with the page's language, so the answer's own words match the page too. */
export function withLocale(path: string, locale: Locale): string {
  return `${path}${path.includes('?') ? '&' : '?'}locale=${locale}`
}

