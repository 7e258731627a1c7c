import config from '@payload-config'
import '@payloadcms/next/css'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'

import { observeRoute } from '@/ops/observeRoute'
import { guardApi } from '@/security/guardApi'

// Request ids and latency metrics by route template (src/ops/observeRoute.ts) around the rate
// limits and security headers (src/security/guardApi.ts), so refusals are measured too.
export const GET = observeRoute(config, guardApi(config, REST_GET(config)))
export const POST = observeRoute(config, guardApi(config, REST_POST(config)))
export const DELETE = observeRoute(config, guardApi(config, REST_DELETE(config)))
export const PATCH = observeRoute(config, guardApi(config, REST_PATCH(config)))
export const PUT = observeRoute(config, guardApi(config, REST_PUT(config)))
export const OPTIONS = observeRoute(config, REST_OPTIONS(config))
