import type { CollectionAfterChangeHook, CollectionAfterErrorHook } from 'payload'

import { isStaff, relationId, restaurantIdsOf } from '../../../infrastructure/access/roles'
import { execute, sql } from '../../../infrastructure/db/execute'
import { clientIp } from '../../../infrastructure/http/clientIp'

const idsOf = (value: unknown) => (Array.isArray(value) ? value.map((v) => relationId(v as never)).sort() : [])

/** A failed sign-in leaves a trace too: the address tried and where from (not the password). */
export const auditFailedLogin: CollectionAfterErrorHook = async ({ error, req, collection }) => {
  if (!req.pathname?.endsWith('/login') || (error as { status?: number }).status !== 401) return
  const email = typeof req.data?.email === 'string' ? req.data.email.slice(0, 254) : '(none)'
  await req.payload
    .create({
      collection: 'audit-log',
      data: { action: 'login_failed', entity: collection.slug, summary: `Failed sign-in for ${email}`, ip: req.headers ? clientIp(req.headers) : undefined },
      overrideAccess: true,
    })
    .catch((err: unknown) => req.payload.logger.error({ err, msg: 'Could not record a failed sign-in' }))
}

/**
 * The restaurant an entry about a staff account is filed under, so the owners of that restaurant
 * read it in their audit log: one the actor works for, else the account's first.
 */
function restaurantOfEntry(actor: unknown, accountRestaurants: Array<number | string | null>): number | undefined {
  const mine = restaurantIdsOf(actor).map(String)
  const id = accountRestaurants.find((r) => r !== null && mine.includes(String(r))) ?? accountRestaurants.find((r) => r !== null)
  return id === undefined || id === null ? undefined : Number(id)
}

/**
 * Who gave whom which role, for which restaurants, and who disabled or re-enabled whom: the changes
 * that widen or close access are audited on their own. A disabled account's sessions end at once,
 * so a token it already holds stops working on its next request (Payload's JWT strategy looks the
 * session up every time).
 */
export const auditRoleChange: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req, context }) => {
  const roles = [previousDoc?.roles ?? [], doc.roles ?? []].map((r: string[]) => [...r].sort())
  const restaurants = [idsOf(previousDoc?.restaurants), idsOf(doc.restaurants)]
  const access = JSON.stringify(roles[0]) !== JSON.stringify(roles[1]) || JSON.stringify(restaurants[0]) !== JSON.stringify(restaurants[1])
  const disabled = [Boolean(previousDoc?.disabled), Boolean(doc.disabled)]
  const entry = {
    entity: 'users',
    entityId: String(doc.id),
    actor: isStaff(req.user) ? req.user.id : undefined,
    restaurant: restaurantOfEntry(req.user, [...restaurants[1]!, ...restaurants[0]!]),
    ip: req.headers ? clientIp(req.headers) : undefined,
  }
  if (operation === 'update' && disabled[0] !== disabled[1]) {
    if (disabled[1]) await execute(req, sql`DELETE FROM users_sessions WHERE _parent_id = ${Number(doc.id)}`)
    await req.payload.create({
      collection: 'audit-log',
      data: { ...entry, action: disabled[1] ? 'disable' : 'enable', summary: `${doc.email} ${disabled[1] ? 'disabled' : 're-enabled'}`, changes: { disabled } },
      req,
    })
  }
  // An invitation is audited as such by the invite service.
  if ((operation === 'update' && !access) || (operation === 'create' && context.invited)) return doc
  await req.payload.create({
    collection: 'audit-log',
    data: {
      ...entry,
      action: 'role_change',
      summary: `${doc.email}: roles ${roles[1]!.join(', ') || 'none'}${restaurants[1]!.length ? ` at restaurants ${restaurants[1]!.join(', ')}` : ''}`,
      changes: { roles, restaurants },
    },
    req,
  })
  return doc
}
