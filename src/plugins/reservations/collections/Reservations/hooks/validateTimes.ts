import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

/** A booking must end after it starts; a clear field error instead of a nonsense timeline. */
export const validateTimes: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const startsAt = data.startsAt ?? originalDoc?.startsAt
  const endsAt = data.endsAt ?? originalDoc?.endsAt
  if (startsAt && endsAt && new Date(endsAt).getTime() <= new Date(startsAt).getTime()) {
    throw new ValidationError({
      collection: 'reservations',
      errors: [{ message: 'The end must be after the start', path: 'endsAt' }],
      req,
    })
  }
  return data
}
