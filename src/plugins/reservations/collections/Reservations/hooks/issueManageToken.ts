import type { CollectionBeforeChangeHook } from 'payload'

import { newManageToken } from '../../../utilities/manageToken'

/**
 * Every booking gets a private management link, including those staff take by phone, so each
 * guest email can carry it. Online bookings bring their own (the wizard shows it at once).
 */
export const issueManageToken: CollectionBeforeChangeHook = ({ data, operation }) => {
  if (operation === 'create' && !data.manageTokenSalt) {
    const { hash, salt } = newManageToken()
    data.manageTokenHash = hash
    data.manageTokenSalt = salt
  }
  return data
}
