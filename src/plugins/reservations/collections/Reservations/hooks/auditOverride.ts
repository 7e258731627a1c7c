import type { CollectionAfterChangeHook } from 'payload'

import { isStaff, relationId } from '../../../../../infrastructure/access/roles'

/**
 * A forced booking is never silent: who overrode which rule, and why. The flag travels on
 * req.context (the hooks' own `context` argument is not shared between before and after hooks).
 */
export const auditOverride: CollectionAfterChangeHook = async ({ doc, req }) => {
  const overridden = req.context.overridden as { reason: string; note: string | null } | undefined
  if (!overridden) return doc
  // req.context lives as long as the request: one override must not mark the next change too.
  delete req.context.overridden
  await req.payload.create({
    collection: 'audit-log',
    data: {
      action: 'override',
      entity: 'reservations',
      entityId: String(doc.id),
      summary: `Booking rule overridden on ${doc.reference}: ${overridden.reason}${overridden.note ? ` (${overridden.note})` : ''}`,
      actor: isStaff(req.user) ? req.user.id : undefined,
      restaurant: (relationId(doc.restaurant) as number | null) ?? undefined,
      changes: { rule: overridden.reason, note: overridden.note },
    },
    req,
  })
  return doc
}
