import type { CollectionAfterChangeHook } from 'payload'

import { isStaff, relationId } from '../access/roles'

const IGNORED = new Set(['updatedAt', 'createdAt', 'manageTokenHash', 'manageTokenSalt', 'reminderSentAt'])

/** Field-by-field difference between two versions of a document, for the audit trail. */
export function changedFields(before: Record<string, unknown> | undefined, after: Record<string, unknown>) {
  const changes: Record<string, [unknown, unknown]> = {}
  for (const key of Object.keys(after)) {
    if (IGNORED.has(key)) continue
    const a = JSON.stringify(before?.[key] ?? null)
    const b = JSON.stringify(after[key] ?? null)
    if (a !== b) changes[key] = [before?.[key] ?? null, after[key] ?? null]
  }
  return changes
}

/** Records who created or changed a document, in the same transaction as the change. */
export const auditChanges =
  (entity: string): CollectionAfterChangeHook =>
  async ({ doc, previousDoc, operation, req, context }) => {
    const changes = operation === 'update' ? changedFields(previousDoc, doc) : undefined
    if (operation === 'update' && changes && Object.keys(changes).length === 0) return doc
    const label = doc.reference ?? doc.name ?? doc.id
    // Who acted when it was no member of staff, e.g. a partner's API key (set by the endpoint).
    const via = typeof context.auditVia === 'string' ? ` by ${context.auditVia}` : ''
    await req.payload.create({
      collection: 'audit-log',
      data: {
        action: operation,
        entity,
        entityId: String(doc.id),
        summary: `${operation === 'create' ? 'Created' : 'Updated'} ${entity} ${label}${via}`,
        actor: isStaff(req.user) ? req.user.id : undefined,
        restaurant: relationId(doc.restaurant) ?? (entity === 'restaurants' ? doc.id : undefined),
        changes,
      } as never,
      req,
      depth: 0,
    })
    return doc
  }
