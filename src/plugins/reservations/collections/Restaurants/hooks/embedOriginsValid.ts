import { ValidationError, type CollectionBeforeChangeHook, type ValidationFieldError } from 'payload'

import { MAX_EMBED_ORIGINS, normalizeOrigins } from '../../../../../domain/embed/origins'
import { errorMessage, type ErrorCode, type ErrorParams } from '../../../../../domain/errors'
import { requestLanguage } from '../../../../../infrastructure/http/respond'

/**
 * The allowed embedding sites go out as they are stored in the embed page's Content-Security-Policy:
 * each must be an origin (https://host[:port]), stored in one spelling so a site is listed once.
 */
export const embedOriginsValid: CollectionBeforeChangeHook = ({ data, req }) => {
  if (!Array.isArray(data.embedOrigins)) return data
  const { origins, invalid } = normalizeOrigins(data.embedOrigins)
  const refuse = (code: ErrorCode, params: ErrorParams) => {
    const errors: Array<ValidationFieldError & { code: ErrorCode; params: ErrorParams }> = [
      { path: 'embedOrigins', code, params, message: errorMessage(code, requestLanguage(req), params) },
    ]
    throw new ValidationError({ collection: 'restaurants', errors, req })
  }
  if (invalid.length) refuse('invalid_origin', { origin: invalid[0] })
  if (origins.length > MAX_EMBED_ORIGINS) refuse('too_big', { maximum: MAX_EMBED_ORIGINS })
  return { ...data, embedOrigins: origins }
}
