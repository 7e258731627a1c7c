import { headers } from 'next/headers'

import { dinerFromHeaders } from '../collections/Customers/session'
import { getPayloadClient } from './getPayloadClient'

/** The diner signed in on this browser (their own cookie), for the account pages. */
export async function currentDiner() {
  const payload = await getPayloadClient()
  return dinerFromHeaders(payload, await headers())
}
