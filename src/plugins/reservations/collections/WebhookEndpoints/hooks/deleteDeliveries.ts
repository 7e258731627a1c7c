import type { CollectionBeforeDeleteHook } from 'payload'

/** An endpoint's delivery log goes with it (its rows point at it; the database would refuse the delete). */
export const deleteDeliveries: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({ collection: 'webhook-deliveries', where: { endpoint: { equals: id } }, req, overrideAccess: true })
}
