import { createHash } from 'node:crypto'

import type { CollectionAfterChangeHook } from 'payload'

import { auditChanges } from '../../../../../infrastructure/audit/auditChanges'

/** A secret as the audit log may show it: which one, never what it is (a hash prefix of 256 random bits). */
const fingerprint = (secret: unknown) => (typeof secret === 'string' && secret ? `whsec_…${createHash('sha256').update(secret).digest('hex').slice(0, 8)}` : null)

const forTheLog = (doc: Record<string, unknown> | undefined) => doc && { ...doc, secret: fingerprint(doc.secret), deliveries: undefined }

const audit = auditChanges('webhook-endpoints')

/**
 * Where a restaurant's booking news goes, and who changed it or made a new secret, is in the audit
 * log like any other change; the secret itself is not.
 */
export const auditEndpoint: CollectionAfterChangeHook = async (args) => {
  await audit({ ...args, doc: forTheLog(args.doc)!, previousDoc: forTheLog(args.previousDoc)! })
  return args.doc
}
