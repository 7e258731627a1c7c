import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { observeRoute } from '@/ops/observeRoute'

export const POST = observeRoute(config, GRAPHQL_POST(config))
export const OPTIONS = observeRoute(config, REST_OPTIONS(config))
