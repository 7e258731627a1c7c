import { ValidationError, type CollectionBeforeChangeHook, type ValidationFieldError } from 'payload'

import { errorMessage, type ErrorCode } from '../../../../../domain/errors'
import { requestLanguage } from '../../../../../infrastructure/http/respond'

/** A booking must end after it starts; a clear field error instead of a nonsense timeline. */
export const validateTimes: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const startsAt = data.startsAt ?? originalDoc?.startsAt
  const endsAt = data.endsAt ?? originalDoc?.endsAt
  if (startsAt && endsAt && new Date(endsAt).getTime() <= new Date(startsAt).getTime()) {
    const errors: Array<ValidationFieldError & { code: ErrorCode }> = [
      { path: 'endsAt', code: 'ends_before_starts', message: errorMessage('ends_before_starts', requestLanguage(req)) },
    ]
    throw new ValidationError({ collection: 'reservations', errors, req })
  }
  return data
}
