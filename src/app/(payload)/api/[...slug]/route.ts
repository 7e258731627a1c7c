import config from '@payload-config'
import '@payloadcms/next/css'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'

import { withRateLimits } from '@/security/withRateLimits'

export const GET = withRateLimits(REST_GET(config))
export const POST = withRateLimits(REST_POST(config))
export const DELETE = withRateLimits(REST_DELETE(config))
export const PATCH = withRateLimits(REST_PATCH(config))
export const PUT = withRateLimits(REST_PUT(config))
export const OPTIONS = REST_OPTIONS(config)
