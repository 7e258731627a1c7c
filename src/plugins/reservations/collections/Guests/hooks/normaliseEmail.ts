import type { CollectionBeforeValidateHook } from 'payload'

/** "Marie.Dupont@Example.com " and "marie.dupont@example.com" are the same guest. */
export const normaliseEmail: CollectionBeforeValidateHook = ({ data }) => {
  if (data && typeof data.email === 'string') data.email = data.email.trim().toLowerCase()
  return data
}
