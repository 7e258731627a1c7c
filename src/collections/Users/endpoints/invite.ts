import type { Endpoint } from 'payload'
import { z } from 'zod'

import { LANGUAGES } from '../../../domain/locale'
import { ROLES } from '../../../infrastructure/access/roles'
import { BookingError, endpoint, jsonBody, requestLanguage } from '../../../infrastructure/http/respond'
import { inviteStaff } from '../services/invite'
import type { ApiOperation } from '../../../infrastructure/openapi/operation'

const inviteSchema = z.object({
  email: z.string().trim().toLowerCase().max(254).email('invalid_email'),
  name: z.string().trim().min(1, 'name_required').max(120),
  role: z.enum(ROLES),
  restaurants: z.array(z.number().int().positive()).min(1).max(50),
  /** The invitee's language (the email's); the inviter's by default. */
  language: z.enum(LANGUAGES).optional(),
})

/**
 * POST /api/users/invite {email, name, role, restaurants, language?} — owners (and admins) invite a
 * member of staff to their restaurants; the invitee gets an email with a link to choose a password.
 * 202 whatever became of an address that already had an account (see `inviteStaff`).
 */
export const inviteEndpoint: Endpoint = {
  custom: {
    openapi: {
    tag: 'Staff',
    summary: 'Invite a member of staff',
    description: 'Owners (and admins) invite to their own restaurants; the invitee gets an email with a link to choose a password.',
    auth: ['staff'],
    body: inviteSchema,
    bodyExample: { email: 'chef@example.fr', name: 'Jeanne', role: 'host', restaurants: [1], language: 'fr' },
    responses: { 202: { description: 'Sent.', schema: z.object({ status: z.literal('sent'), email: z.string() }), example: { status: 'sent', email: 'chef@example.fr' } } },
    errors: { 400: ['invalid_json'], 401: ['unauthorized'], 403: ['role_too_high', 'restaurant_not_yours', 'forbidden'], 422: ['invalid_email', 'name_required', 'not_an_option', 'too_small', 'required'], 503: ['email_unavailable'] },
    } satisfies ApiOperation,
  },
  path: '/invite',
  method: 'post',
  handler: endpoint(async (req) => {
    if (!req.user || req.user.collection !== 'users') throw new BookingError(401, 'unauthorized')
    const input = inviteSchema.parse(await jsonBody(req))
    await inviteStaff(req, { ...input, language: input.language ?? requestLanguage(req) })
    return Response.json({ status: 'sent', email: input.email }, { status: 202, headers: { 'Cache-Control': 'no-store' } })
  }),
}
