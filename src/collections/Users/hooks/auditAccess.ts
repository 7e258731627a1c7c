import type { CollectionAfterChangeHook, CollectionAfterErrorHook } from 'payload'

import { isStaff, relationId } from '../../../infrastructure/access/roles'
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

/** Who gave whom which role, for which restaurants: the changes that widen access are audited on their own. */
export const auditRoleChange: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  const roles = [previousDoc?.roles ?? [], doc.roles ?? []].map((r: string[]) => [...r].sort())
  const restaurants = [idsOf(previousDoc?.restaurants), idsOf(doc.restaurants)]
  const changed = JSON.stringify(roles[0]) !== JSON.stringify(roles[1]) || JSON.stringify(restaurants[0]) !== JSON.stringify(restaurants[1])
  if (operation === 'update' && !changed) return doc
  await req.payload.create({
    collection: 'audit-log',
    data: {
      action: 'role_change',
      entity: 'users',
      entityId: String(doc.id),
      actor: isStaff(req.user) ? req.user.id : undefined,
      summary: `${doc.email}: roles ${roles[1]!.join(', ') || 'none'}${restaurants[1]!.length ? ` at restaurants ${restaurants[1]!.join(', ')}` : ''}`,
      changes: { roles, restaurants },
      ip: req.headers ? clientIp(req.headers) : undefined,
    },
    req,
  })
  return doc
}
