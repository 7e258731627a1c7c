import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { guardApi } from '@/security/guardApi'

export const POST = guardApi(GRAPHQL_POST(config))
export const OPTIONS = REST_OPTIONS(config)
