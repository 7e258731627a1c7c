import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { observeRoute } from '@/ops/observeRoute'
import { guardApi } from '@/security/guardApi'

export const POST = observeRoute(config, guardApi(config, GRAPHQL_POST(config)))
export const OPTIONS = observeRoute(config, REST_OPTIONS(config))
