// Verifies a TechPlus webhook: call it with the raw body (the bytes received, before any JSON parsing).
import { createHmac, timingSafeEqual } from 'node:crypto'

export function verifyTechPlusSignature(rawBody, header, secret, toleranceSeconds = 300) {
  const { t, v1 } = Object.fromEntries(String(header ?? '').split(',').map((part) => part.split('=')))
  // An old timestamp is refused: whoever replays a captured request cannot re-sign it.
  if (!t || !v1 || !(Math.abs(Date.now() / 1000 - Number(t)) <= toleranceSeconds)) return false
  const expected = createHmac('sha256', secret).update(`${t}.${rawBody}`).digest()
  const given = Buffer.from(v1, 'hex')
  return given.length === expected.length && timingSafeEqual(given, expected)
}
