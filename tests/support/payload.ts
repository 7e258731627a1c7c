import config from '@payload-config'
import { getPayload, type Payload } from 'payload'
import { afterAll } from 'vitest'

import { closePayload } from '../../src/utilities/closePayload'

let instance: Promise<Payload> | undefined

/** Payload through its Local API against the run's database; closed when the file's tests end. */
export function testPayload(): Promise<Payload> {
  if (!instance) {
    instance = getPayload({ config })
    afterAll(async () => {
      await closePayload(await instance!)
      instance = undefined
    })
  }
  return instance
}

export async function staffUser(payload: Payload, email: string) {
  const { docs } = await payload.find({ collection: 'users', where: { email: { equals: email } }, limit: 1, depth: 0 })
  if (!docs[0]) throw new Error(`No seeded user ${email}`)
  return { ...docs[0], collection: 'users' as const }
}
