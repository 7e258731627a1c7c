import { ValidationError, type CollectionBeforeChangeHook, type ValidationFieldError } from 'payload'

import { errorMessage, type ErrorCode } from '../../../../../domain/errors'
import { webhookUrlProblem } from '../../../../../domain/webhooks'
import { requestLanguage } from '../../../../../infrastructure/http/respond'
import { settingsOf } from '../../../settings'

/** An address webhooks may go to (https, public) — the rule in src/domain/webhooks/url.ts, with its code. */
export const checkUrl: CollectionBeforeChangeHook = ({ data, req }) => {
  if (typeof data.url !== 'string') return data
  data.url = data.url.trim()
  const problem = webhookUrlProblem(data.url, { allowPrivate: settingsOf(req.payload).webhooks.allowPrivateUrls })
  if (!problem) return data
  const errors: Array<ValidationFieldError & { code: ErrorCode }> = [{ path: 'url', code: problem, message: errorMessage(problem, requestLanguage(req)) }]
  throw new ValidationError({ collection: 'webhook-endpoints', errors, req })
}
