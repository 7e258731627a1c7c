import type { CollectionAfterChangeHook } from 'payload'

import { relationId } from '../../../infrastructure/access/roles'
import type { ContactMessage } from '../../../payload-types'
import { queueMessage, staffAddress } from '../../../plugins/reservations'

/** A message from the site reaches the restaurant's inbox too, with the sender as reply-to link. */
export const copyToRestaurant: CollectionAfterChangeHook<ContactMessage> = async ({ doc, operation, req, context }) => {
  if (operation !== 'create' || context.seeding) return doc
  const restaurant = await req.payload.findByID({ collection: 'restaurants', id: relationId(doc.restaurant)!, depth: 0, req, overrideAccess: true })
  const to = staffAddress(restaurant)
  if (to) {
    await queueMessage(req, { channel: 'email', kind: 'contact_copy', to, locale: 'fr', restaurant: restaurant.id, contactMessage: doc.id })
  }
  return doc
}
