import { createHmac, randomBytes } from 'node:crypto'

import { payloadSecret } from '../../../infrastructure/config/payloadSecret'
import { hashManageToken, looksLikeManageToken } from './manageToken'

/**
 * The key of a visit's feedback page, made as a booking's private link is (utilities/manageToken):
 * derived from the server secret and a stored salt, only its hash searchable. Its own prefix, so a
 * feedback link never opens the booking and the booking's link never answers for the visit.
 */
export function feedbackTokenFromSalt(salt: string): string {
  return createHmac('sha256', payloadSecret()).update(`visit-feedback:${salt}`).digest('base64url')
}

export function newFeedbackToken(): { token: string; hash: string; salt: string } {
  const salt = randomBytes(16).toString('hex')
  const token = feedbackTokenFromSalt(salt)
  return { token, hash: hashManageToken(token), salt }
}

export const hashFeedbackToken = hashManageToken
export const looksLikeFeedbackToken = looksLikeManageToken
