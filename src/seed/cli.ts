/**
 * Prepares a database: migrations (always, through Payload's onInit), then demo content.
 *   --migrate-only   stop after migrations
 *   --if-empty       seed only when no staff account exists yet (first start)
 *   (no flag)        seed, replacing the demo content (npm run seed)
 */
import { getPayload } from 'payload'

import config from '../../payload.config'
import { closePayload } from '../utilities/closePayload'
import { seed } from './index'

const args = new Set(process.argv.slice(2))

async function main() {
  const payload = await getPayload({ config })
  try {
    if (args.has('--migrate-only')) return
    if (args.has('--if-empty')) {
      const { totalDocs } = await payload.count({ collection: 'users' })
      if (totalDocs > 0) {
        payload.logger.info('Database already has content: not seeding.')
        return
      }
    }
    await seed(payload)
  } finally {
    await closePayload(payload)
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error)
    process.exit(1)
  },
)
