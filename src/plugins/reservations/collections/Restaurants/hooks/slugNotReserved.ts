import { ValidationError, type CollectionBeforeChangeHook, type ValidationFieldError } from 'payload'

import { errorMessage, type ErrorCode } from '../../../../../domain/errors'
import { isReservedSegment } from '../../../../../domain/site/paths'
import { requestLanguage } from '../../../../../infrastructure/http/respond'

/**
 * A restaurant's pages live at /{locale}/{slug} in a group: a slug the site already uses for its own
 * pages (/fr/menu, /fr/book, /fr/account…) would make the restaurant unreachable.
 */
export const slugNotReserved: CollectionBeforeChangeHook = ({ data, req }) => {
  if (typeof data.slug !== 'string' || !isReservedSegment(data.slug)) return data
  const errors: Array<ValidationFieldError & { code: ErrorCode }> = [{ path: 'slug', code: 'slug_reserved', message: errorMessage('slug_reserved', requestLanguage(req)) }]
  throw new ValidationError({ collection: 'restaurants', errors, req })
}
