import { APIError, type CollectionBeforeChangeHook, type CollectionBeforeLoginHook } from 'payload'

import { errorMessage } from '../../../domain/errors'
import { teamChangeRefusal, type TeamRole } from '../../../domain/team/rules'
import { isStaff, relationId, restaurantIdsOf } from '../../../infrastructure/access/roles'
import { requestLanguage } from '../../../infrastructure/http/respond'

const ids = (value: unknown) => (Array.isArray(value) ? value.map((v) => relationId(v as never)).filter((id): id is number | string => id !== null) : [])

/**
 * Every change to an account made by a signed-in member of staff passes the team rules
 * (`src/domain/team/rules.ts`): REST, GraphQL, the admin and the invite endpoint alike. Calls
 * without a user (the seed, scripts, the system) are trusted.
 */
export const enforceTeamRules: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req, context }) => {
  if (operation !== 'update' || !originalDoc || context.seeding || !isStaff(req.user)) return data
  const member = { id: originalDoc.id, roles: (originalDoc.roles ?? []) as TeamRole[], restaurantIds: ids(originalDoc.restaurants), disabled: Boolean(originalDoc.disabled) }
  const refusal = teamChangeRefusal(
    { id: req.user.id!, roles: (req.user.roles ?? []) as TeamRole[], restaurantIds: restaurantIdsOf(req.user) },
    member,
    {
      roles: data.roles === undefined ? undefined : (data.roles as TeamRole[]),
      restaurantIds: data.restaurants === undefined ? undefined : ids(data.restaurants),
      disabled: data.disabled === undefined ? undefined : Boolean(data.disabled),
    },
  )
  if (refusal) throw new APIError(errorMessage(refusal, requestLanguage(req)), refusal === 'required' ? 422 : 403, { code: refusal }, true)
  return data
}

/** A disabled account cannot sign in (its sessions were ended when it was disabled). */
export const refuseDisabledLogin: CollectionBeforeLoginHook = ({ user, req }) => {
  if (user?.disabled) throw new APIError(errorMessage('account_disabled', requestLanguage(req)), 403, { code: 'account_disabled' }, true)
  return user
}
