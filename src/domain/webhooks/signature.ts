import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * Outbound webhooks are signed as Stripe signs its own: `TechPlus-Signature: t=<unix seconds>,v1=<hex>`,
 * the HMAC-SHA256 of `${t}.${body}` with the endpoint's secret. The timestamp is inside what is
 * signed, so a receiver that refuses old timestamps refuses replays of a captured request.
 */
export const SIGNATURE_HEADER = 'TechPlus-Signature'
/** The same on every attempt of one event: a receiver keeps the ids it handled and ignores repeats. */
export const EVENT_ID_HEADER = 'TechPlus-Event-Id'
export const EVENT_TYPE_HEADER = 'TechPlus-Event-Type'
/** How old a signature a receiver should accept (the README's advice): 5 minutes. */
export const SIGNATURE_TOLERANCE_SECONDS = 300

export function signPayload(secret: string, timestamp: number, body: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')
}

export function signatureHeader(secret: string, timestamp: number, body: string): string {
  return `t=${timestamp},v1=${signPayload(secret, timestamp, body)}`
}

/** True when `header` signs `body` with `secret` and its timestamp is within the tolerance of `now`. */
export function verifySignature(header: string, body: string, secret: string, now = Date.now(), toleranceSeconds = SIGNATURE_TOLERANCE_SECONDS): boolean {
  const parts = header.split(',').map((part) => part.trim().split('='))
  const timestamp = Number(parts.find(([key]) => key === 't')?.[1])
  if (!Number.isInteger(timestamp) || Math.abs(now / 1000 - timestamp) > toleranceSeconds) return false
  const expected = Buffer.from(signPayload(secret, timestamp, body), 'hex')
  return parts
    .filter(([key]) => key === 'v1')
    .some(([, value]) => {
      const given = Buffer.from(value ?? '', 'hex')
      return given.length === expected.length && timingSafeEqual(given, expected)
    })
}
