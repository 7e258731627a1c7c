import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import { isStaff, relationId } from '../../../../../infrastructure/access/roles'
import { clientIp } from '../../../../../infrastructure/http/clientIp'

type Id = number | string
const ids = (value: unknown): Id[] => (Array.isArray(value) ? value.map((v) => relationId(v as never)).filter((id): id is Id => id !== null) : [])
const sorted = (value: unknown) => [...((value as string[] | null | undefined) ?? [])].sort()

type Entry = { action: 'create' | 'update' | 'delete' | 'disable' | 'enable'; summary: string; changes?: Record<string, unknown> }

/**
 * Each entry is filed under every restaurant the key serves (or served), so each restaurant's
 * owners read who gave a partner access to its bookings, changed what it may do, or revoked it.
 */
async function record(req: PayloadRequest, doc: { id: Id; name?: string | null }, restaurants: Id[], entry: Entry) {
  for (const restaurant of [...new Set(restaurants.map(String))]) {
    await req.payload.create({
      collection: 'audit-log',
      data: {
        ...entry,
        entity: 'integrations',
        entityId: String(doc.id),
        actor: isStaff(req.user) ? req.user.id : undefined,
        restaurant: Number(restaurant),
        ip: req.headers ? clientIp(req.headers) : undefined,
      } as never,
      req,
      depth: 0,
    })
  }
}

/** Creation, revocation (and re-activation), and any change of scopes, restaurants or name. */
export const auditIntegration: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req, context }) => {
  if (context.seeding) return doc
  const restaurants = ids(doc.restaurants)
  const name = `"${doc.name}"`
  if (operation === 'create') {
    await record(req, doc, restaurants, { action: 'create', summary: `API key ${name} created`, changes: { scopes: [null, sorted(doc.scopes)], restaurants: [null, restaurants] } })
    return doc
  }
  const before = ids(previousDoc?.restaurants)
  const everyRestaurant = [...before, ...restaurants]
  if (Boolean(previousDoc?.active) !== Boolean(doc.active)) {
    await record(req, doc, everyRestaurant, { action: doc.active ? 'enable' : 'disable', summary: `API key ${name} ${doc.active ? 're-activated' : 'revoked'}`, changes: { active: [Boolean(previousDoc?.active), Boolean(doc.active)] } })
  }
  const changes: Record<string, [unknown, unknown]> = {}
  if (JSON.stringify(sorted(previousDoc?.scopes)) !== JSON.stringify(sorted(doc.scopes))) changes.scopes = [sorted(previousDoc?.scopes), sorted(doc.scopes)]
  if (JSON.stringify(before.map(String).sort()) !== JSON.stringify(restaurants.map(String).sort())) changes.restaurants = [before, restaurants]
  if (previousDoc?.name !== doc.name) changes.name = [previousDoc?.name ?? null, doc.name]
  // A new key value (regenerated in the admin) is recorded without the key itself.
  if (previousDoc?.apiKeyIndex && doc.apiKeyIndex && previousDoc.apiKeyIndex !== doc.apiKeyIndex) changes.apiKey = ['(previous key)', '(new key)']
  if (Object.keys(changes).length > 0) await record(req, doc, everyRestaurant, { action: 'update', summary: `API key ${name} changed: ${Object.keys(changes).join(', ')}`, changes })
  return doc
}

export const auditIntegrationDeleted: CollectionAfterDeleteHook = async ({ doc, req, context }) => {
  if (context.seeding) return doc
  await record(req, doc, ids(doc.restaurants), { action: 'delete', summary: `API key "${doc.name}" deleted` })
  return doc
}
