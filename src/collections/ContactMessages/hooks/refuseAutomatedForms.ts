import { APIError, type CollectionBeforeValidateHook } from 'payload'

import { errorMessage } from '../../../domain/errors'
import { trapRefusal } from '../../../domain/forms/trap'
import { formTrapSchema } from '../../../domain/schemas/booking'
import { requestLanguage } from '../../../infrastructure/http/respond'

/**
 * The contact form sends its honeypot and time trap as `form` (src/domain/forms/trap.ts); a message
 * created without it (the admin, an API client) is not checked. `form` is no field: it is taken out
 * before Payload validates and stores the message.
 */
export const refuseAutomatedForms: CollectionBeforeValidateHook = ({ data, operation, req }) => {
  if (operation !== 'create' || !data || !('form' in data)) return data
  const { form, ...message } = data
  const trap = formTrapSchema.safeParse(form)
  // A `form` that is not the site form's shape was not sent by the site's form.
  const refused = trap.success ? trapRefusal(trap.data) : 'suspected_bot'
  if (refused) throw new APIError(errorMessage(refused, requestLanguage(req)), 422, { code: refused }, true)
  return message
}
