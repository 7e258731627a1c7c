import type { CollectionBeforeValidateHook } from 'payload'

/** "Marie.Dupont@Example.com " and "marie.dupont@example.com" are the same guest. */
export const normaliseEmail: CollectionBeforeValidateHook = ({ data }) => {
  // An empty address is no address: several phone-only guests must not collide on a unique ''.
  if (data && typeof data.email === 'string') data.email = data.email.trim().toLowerCase() || null
  return data
}
