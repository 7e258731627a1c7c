import { APIError, type CollectionBeforeChangeHook, type CollectionBeforeDeleteHook } from 'payload'

import { errorMessage } from '../../../../../domain/errors'
import { isAdmin, isStaff, relationId, worksFor } from '../../../../../infrastructure/access/roles'
import { requestLanguage } from '../../../../../infrastructure/http/respond'

const ids = (value: unknown) => (Array.isArray(value) ? value.map((v) => relationId(v as never)).filter((id) => id !== null) : [])

function refuse(req: Parameters<CollectionBeforeChangeHook>[0]['req']): never {
  throw new APIError(errorMessage('restaurant_not_yours', requestLanguage(req)), 403, { code: 'restaurant_not_yours' }, true)
}

/**
 * An owner gives a key only restaurants they own, and changes or deletes only keys whose every
 * restaurant is theirs: a key shared with another owner's restaurant is not one owner's to widen,
 * narrow or revoke. Calls without a staff user (the seed, tests, the system) are trusted.
 */
export const ownRestaurantsOnly: CollectionBeforeChangeHook = ({ data, originalDoc, req, context }) => {
  if (context.seeding || !isStaff(req.user) || isAdmin(req.user)) return data
  const touched = [...ids(originalDoc?.restaurants), ...ids(data.restaurants)]
  if (!touched.every((id) => worksFor(req.user, id, 'owner'))) refuse(req)
  return data
}

export const deleteOwnKeysOnly: CollectionBeforeDeleteHook = async ({ id, req, context }) => {
  if (context.seeding || !isStaff(req.user) || isAdmin(req.user)) return
  const doc = await req.payload.findByID({ collection: 'integrations', id, depth: 0, req, overrideAccess: true })
  if (!ids(doc.restaurants).every((r) => worksFor(req.user, r, 'owner'))) refuse(req)
}
