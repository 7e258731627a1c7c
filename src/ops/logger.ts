import type { Config } from 'payload'

import { currentContext } from '../infrastructure/ops/requestContext'

/**
 * Fields that may hold a guest's or a user's personal data, or a secret, wherever they appear in
 * a log line's object (pino matches one level per `*`).
 */
// Not `name` at the top: that is the logger's own name ('payload').
const SENSITIVE = ['email', 'guestEmail', 'phone', 'guestPhone', 'guestName', 'firstName', 'lastName', 'to', 'token', 'manageToken', 'password', 'authorization', 'cookie', 'apiKey', 'secret']
export const REDACT_PATHS = [
  ...SENSITIVE,
  ...SENSITIVE.map((field) => `*.${field}`),
  ...SENSITIVE.map((field) => `*.*.${field}`),
  '*.name',
  'req.headers.authorization',
  'req.headers.cookie',
  'headers.authorization',
  'headers.cookie',
]

/**
 * Free text can carry personal data too: an SMTP server rejecting `<guest@example.com>`, a
 * provider echoing the phone number. Emails, phone numbers and manage links are masked.
 */
export function scrubPersonalData(text: string): string {
  return text
    .replace(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g, '[email]')
    .replace(/\+\d[\d .()-]{6,}\d/g, '[phone]')
    .replace(/\b0\d(?:[ .-]?\d{2}){4}\b/g, '[phone]')
    .replace(/(\/reservation\/|\/manage\/)[\w-]{8,}/g, '$1[token]')
}

function serializeError(error: unknown) {
  if (!(error instanceof Error)) return typeof error === 'string' ? scrubPersonalData(error) : error
  const code = (error as { code?: unknown }).code
  const status = (error as { status?: unknown }).status
  return {
    type: error.name,
    message: scrubPersonalData(error.message),
    stack: error.stack ? scrubPersonalData(error.stack) : undefined,
    ...(code !== undefined ? { code } : {}),
    ...(status !== undefined ? { status } : {}),
  }
}

/**
 * JSON lines on stdout through Payload's pino logger: every line of a request, and of the jobs it
 * queued, carries its request id; personal data is redacted. LOG_LEVEL sets the level (info).
 */
export function loggerSettings(env: Record<string, string | undefined> = process.env): NonNullable<Config['logger']> {
  return {
    options: {
      level: env.LOG_LEVEL || 'info',
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      serializers: { err: serializeError, error: serializeError },
      hooks: {
        // Messages are free text: mask what a template string may have interpolated.
        // Payload often passes the message inside the object ({ err, msg }), so that one too.
        logMethod(args, method) {
          const scrubbed = args.map((arg) => {
            if (typeof arg === 'string') return scrubPersonalData(arg)
            if (arg && typeof arg === 'object' && typeof (arg as { msg?: unknown }).msg === 'string') return { ...arg, msg: scrubPersonalData((arg as { msg: string }).msg) }
            return arg
          })
          method.apply(this, scrubbed as Parameters<typeof method>)
        },
      },
      mixin: () => {
        const context = currentContext()
        if (!context) return {}
        return context.job ? { requestId: context.requestId, job: context.job } : { requestId: context.requestId }
      },
    },
  }
}
