import config from '@payload-config'
import '@payloadcms/next/css'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'

import { observeRoute } from '@/ops/observeRoute'
import { guardApi } from '@/security/guardApi'
import { withPageSizeCap } from '@/security/pageSize'

// Request ids and latency metrics by route template (src/ops/observeRoute.ts) around the rate
// limits and security headers (src/security/guardApi.ts), so refusals are measured too. Lists are
// capped at 100 documents a page (src/security/pageSize.ts); POST too, for Payload's GET-by-POST.
export const GET = observeRoute(config, guardApi(config, withPageSizeCap(REST_GET(config))))
export const POST = observeRoute(config, guardApi(config, withPageSizeCap(REST_POST(config))))
export const DELETE = observeRoute(config, guardApi(config, REST_DELETE(config)))
export const PATCH = observeRoute(config, guardApi(config, REST_PATCH(config)))
export const PUT = observeRoute(config, guardApi(config, REST_PUT(config)))
export const OPTIONS = observeRoute(config, REST_OPTIONS(config))
