import { createHash, timingSafeEqual } from 'node:crypto'

import type { PayloadRequest } from 'payload'

import { isAdmin } from './roles'

const digest = (value: string) => createHash('sha256').update(value).digest()

/** An external scheduler calling GET /api/payload-jobs/run with `Authorization: Bearer $CRON_SECRET`. */
function holdsCronSecret(req: PayloadRequest): boolean {
  const secret = process.env.CRON_SECRET
  const sent = req.headers.get('authorization')?.match(/^Bearer (.+)$/)?.[1]
  return Boolean(secret && sent && timingSafeEqual(digest(sent), digest(secret)))
}

/**
 * Who may work Payload's job queue over HTTP. Payload lets any signed-in account do it — a diner's
 * session included; here it is admins, and a scheduler holding CRON_SECRET for running the queue.
 */
export const jobsAccess = {
  run: ({ req }: { req: PayloadRequest }) => isAdmin(req.user) || holdsCronSecret(req),
  queue: ({ req }: { req: PayloadRequest }) => isAdmin(req.user),
  cancel: ({ req }: { req: PayloadRequest }) => isAdmin(req.user),
}
