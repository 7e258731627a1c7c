import type { CollectionAfterLoginHook } from 'payload'

import { clientIp } from '../../../infrastructure/http/clientIp'

/** Sign-ins leave a trace in the audit log (who, when, from where). */
export const auditLogin: CollectionAfterLoginHook = async ({ req, user }) => {
  await req.payload.create({
    collection: 'audit-log',
    data: {
      action: 'login',
      entity: 'users',
      entityId: String(user.id),
      actor: user.id,
      summary: `${user.email} signed in`,
      ip: req.headers ? clientIp(req.headers) : undefined,
    },
    req,
  })
}
