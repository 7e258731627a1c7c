import config from '@payload-config'
import '@payloadcms/next/css'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'

import { observeRoute } from '@/ops/observeRoute'

// Request ids, latency metrics by route template: see src/ops/observeRoute.ts.
export const GET = observeRoute(config, REST_GET(config))
export const POST = observeRoute(config, REST_POST(config))
export const DELETE = observeRoute(config, REST_DELETE(config))
export const PATCH = observeRoute(config, REST_PATCH(config))
export const PUT = observeRoute(config, REST_PUT(config))
export const OPTIONS = observeRoute(config, REST_OPTIONS(config))
