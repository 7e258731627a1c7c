import type { FieldAccess } from 'payload'

import { worksFor } from '../../../../infrastructure/access/roles'

/**
 * The signing secret is the owners' (and admins'): a manager sees the endpoint and its log, not what
 * lets anyone forge its events. Checked on the document, so an owner elsewhere sees nothing either.
 */
export const ownersOfTheRestaurant: FieldAccess = ({ req, doc, siblingData }) => worksFor(req.user, (doc ?? siblingData)?.restaurant, 'owner')
