import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { withRateLimits } from '@/security/withRateLimits'

export const POST = withRateLimits(GRAPHQL_POST(config))
export const OPTIONS = REST_OPTIONS(config)
