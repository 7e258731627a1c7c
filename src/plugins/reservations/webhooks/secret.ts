import { randomBytes } from 'node:crypto'

/** 32 random bytes: as strong as the HMAC-SHA256 key it is. The prefix says what it is when pasted somewhere. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64url')}`
}
