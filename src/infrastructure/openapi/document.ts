import type { Endpoint, SanitizedConfig } from 'payload'
import { z } from 'zod'

import { ERROR_CODES, errorMessage, type ErrorCode } from '../../domain/errors'
import { operationOf, type ApiAuth, type ApiOperation, type ApiResponse } from './operation'

/**
 * The version of the public API's contract (info.version). Semantic versioning as docs/api.md says:
 * the minor part moves when something is added, the major part only after a deprecation window.
 */
export const API_VERSION = '1.0.0'

type Json = Record<string, unknown>

/** Every endpoint mounted under /api, with the path a client calls (collections' and globals' prefixed). */
export function mountedEndpoints(config: SanitizedConfig): Array<{ path: string; endpoint: Endpoint }> {
  const under = (prefix: string, endpoints: Endpoint[] | false | undefined) => (endpoints || []).map((endpoint) => ({ path: `${prefix}${endpoint.path}`, endpoint }))
  return [
    ...under('', config.endpoints),
    ...config.collections.flatMap((c) => under(`/${c.slug}`, c.endpoints)),
    ...config.globals.flatMap((g) => under(`/globals/${g.slug}`, g.endpoints)),
  ]
}

/** `METHOD /path` as the tests and the side table name an endpoint. */
export const endpointKey = (method: string, path: string) => `${method.toUpperCase()} ${path}`

/** The zod schema as JSON Schema 2020-12 (OpenAPI 3.1's dialect), what a client sends or reads. */
export function jsonSchemaOf(schema: z.ZodType, io: 'input' | 'output'): Json {
  const { $schema: _, ...json } = z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' }) as Json
  return json
}

const SECURITY_SCHEMES = {
  staffJwt: { type: 'apiKey', in: 'header', name: 'Authorization', description: "A staff member's session: `Authorization: JWT <token>` (the token from `POST /api/users/login`)." },
  staffCookie: { type: 'apiKey', in: 'cookie', name: 'payload-token', description: "A staff member's session cookie, as the admin sets it." },
  dinerCookie: { type: 'apiKey', in: 'cookie', name: 'techplus-diner', description: "A signed-in diner's session cookie (`POST /api/customers/login`)." },
  metricsToken: { type: 'http', scheme: 'bearer', description: '`Authorization: Bearer $METRICS_TOKEN` (open when the server sets no token).' },
  integrationKey: {
    type: 'apiKey',
    in: 'header',
    name: 'Authorization',
    description: "An integration's API key, made by an owner in the admin: `Authorization: integrations API-Key <key>`. Scoped to restaurants and operations.",
  },
  stripeSignature: { type: 'apiKey', in: 'header', name: 'Stripe-Signature', description: "Stripe's signature of the event: the only credential of its webhook." },
} as const

const SECURITY_OF: Record<ApiAuth, Array<Record<string, string[]>>> = {
  public: [{}],
  // The secret link's token is in the path: nothing else is asked.
  manageToken: [{}],
  staff: [{ staffJwt: [] }, { staffCookie: [] }],
  diner: [{ dinerCookie: [] }],
  metricsToken: [{ metricsToken: [] }],
  integration: [{ integrationKey: [] }],
  stripeSignature: [{ stripeSignature: [] }],
}

const AUTH_WORDS: Record<ApiAuth, string> = {
  public: 'none',
  staff: 'a staff session',
  diner: "a diner's session",
  manageToken: "the booking's secret link token (in the path)",
  metricsToken: 'the metrics token',
  integration: 'an integration API key',
  stripeSignature: "Stripe's signature",
}

const errorSchema = {
  type: 'object',
  required: ['message', 'code'],
  properties: {
    message: { type: 'string', description: "Words for people, in the request's language (`?locale=fr|en`, else Accept-Language, else English). May change." },
    code: { $ref: '#/components/schemas/ErrorCode' },
    field: { type: 'string', description: 'The input at fault, as a dotted path (`guest.email`).' },
    params: { type: 'object', additionalProperties: { type: ['string', 'number'] }, description: 'What the message was worded with (`{"max": 8}`).' },
    remedy: { type: 'string', description: 'What staff may do about a booking rule (`override`, `manager_only`, `other_table`).' },
  },
}

/** What an example message is worded with, where its code takes figures (`params`). */
const EXAMPLE_PARAMS = { max: 8, minimum: 1, maximum: 100, days: 92, seconds: 30, left: '12,50 €', from: 'seated', to: 'confirmed', status: 'cancelled', options: 'fr, en' }

/** The refusals of one status: Payload's error shape, its codes listed. */
function errorResponse(status: number, codes: ErrorCode[]): Json {
  const list = codes.map((c) => `\`${c}\``).join(', ')
  return {
    description: `Refused: ${list}.`,
    content: {
      'application/json': {
        schema: {
          type: 'object',
          required: ['errors'],
          properties: { errors: { type: 'array', items: { allOf: [{ $ref: '#/components/schemas/Error' }, { properties: { code: { enum: codes } } }] } } },
        },
        example: { errors: [{ message: errorMessage(codes[0], 'en', EXAMPLE_PARAMS), code: codes[0] }] },
      },
    },
    ...(status === 429 ? { headers: { 'Retry-After': { $ref: '#/components/headers/RetryAfter' } } } : {}),
  }
}

function successResponse(response: ApiResponse): Json {
  const type = response.contentType ?? 'application/json'
  const schema = response.schema ? jsonSchemaOf(response.schema, 'output') : type === 'application/json' ? undefined : { type: 'string' }
  const content = schema || response.example !== undefined ? { [type]: { ...(schema ? { schema } : {}), ...(response.example !== undefined ? { example: response.example } : {}) } } : undefined
  return { description: response.description, ...(content ? { content } : {}) }
}

/** Query parameters from the schema's properties: each is a string on the wire, parsed as the endpoint does. */
function queryParameters(schema: z.ZodType): Json[] {
  const json = jsonSchemaOf(schema, 'input') as { properties?: Record<string, Json>; required?: string[] }
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    in: 'query',
    required: (json.required ?? []).includes(name),
    schema: property,
  }))
}

function pathParameters(path: string, operation: ApiOperation): Json[] {
  return [...path.matchAll(/:(\w+)/g)].map(([, name]) => {
    const described = operation.params?.[name!]
    return { name, in: 'path', required: true, description: described?.description ?? name, schema: described?.schema ? jsonSchemaOf(described.schema, 'input') : { type: 'string' } }
  })
}

function deprecationNote({ deprecated }: ApiOperation): string | undefined {
  if (!deprecated) return undefined
  return `**Deprecated** since ${deprecated.since}; may be removed after ${deprecated.sunset}.${deprecated.use ? ` Use ${deprecated.use}.` : ''}`
}

/** A stable operationId from the method and path: `post_reservations_manage_token_email`. */
const operationId = (method: string, path: string) => `${method}${path.replace(/[/:.-]+/g, '_')}`.replace(/_+$/, '')

function pathItem(method: string, path: string, operation: ApiOperation): Json {
  const responses: Json = {}
  for (const [status, response] of Object.entries(operation.responses)) responses[status] = successResponse(response)
  for (const [status, codes] of Object.entries(operation.errors ?? {})) if (codes?.length) responses[status] = errorResponse(Number(status), codes)
  // Every route is behind the rate limits, and any can fail.
  responses['429'] ??= { $ref: '#/components/responses/RateLimited' }
  responses['500'] ??= { $ref: '#/components/responses/ServerError' }
  const auth = operation.auth.map((a) => AUTH_WORDS[a]).join(', or ')
  return {
    operationId: operationId(method, path),
    summary: operation.summary,
    description: [operation.description, `**Auth:** ${auth}.`, deprecationNote(operation)].filter(Boolean).join('\n\n'),
    tags: [operation.tag],
    ...(operation.deprecated ? { deprecated: true } : {}),
    'x-auth': operation.auth,
    security: operation.auth.flatMap((a) => SECURITY_OF[a]),
    parameters: [...pathParameters(path, operation), ...(operation.query ? queryParameters(operation.query) : [])],
    ...(operation.body
      ? {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: jsonSchemaOf(operation.body, 'input'), ...(operation.bodyExample !== undefined ? { example: operation.bodyExample } : {}) } },
          },
        }
      : {}),
    responses,
  }
}

/** `/restaurants/:slug/availability` as OpenAPI writes it: `/restaurants/{slug}/availability`. */
export const openApiPath = (path: string) => path.replace(/:(\w+)/g, '{$1}')

export interface DocumentOptions {
  serverUrl: string
  /** entries for endpoints that other packages mount (plugins, Payload's Next adapter), by `METHOD /path` */
  others?: Record<string, ApiOperation>
}

/**
 * The OpenAPI 3.1 document of every endpoint the config mounts with an entry (`custom: { openapi }`), plus
 * the entries given for endpoints other packages bring. Payload's own collection routes are
 * documented by Payload's REST and GraphQL references, not here.
 */
export function openApiDocument(config: SanitizedConfig, options: DocumentOptions): Json {
  const paths: Record<string, Json> = {}
  const add = (method: string, path: string, operation: ApiOperation) => {
    const item = (paths[`/api${openApiPath(path)}`] ??= {})
    item[method] = pathItem(method, path, operation)
  }
  for (const { path, endpoint } of mountedEndpoints(config)) {
    const operation = operationOf(endpoint) ?? options.others?.[endpointKey(endpoint.method, path)]
    if (operation) add(endpoint.method, path, operation)
  }
  const tags = [...new Set(Object.values(paths).flatMap((item) => Object.values(item).flatMap((op) => (op as { tags: string[] }).tags)))]
  return {
    openapi: '3.1.0',
    info: {
      title: 'TechPlus API',
      version: API_VERSION,
      description:
        "TechPlus's custom endpoints: availability, booking, a guest's own booking by its secret link, diner accounts, staff tools and operations. Every refusal carries a stable `code` (the `ErrorCode` schema); the `message` is for people and may change. Collections also have Payload's generated REST and GraphQL (`/api/graphql`, with `availability`, `book`, `changeBooking` and `cancelBooking`). Versioning and deprecation: docs/api.md.",
      license: { name: 'MIT', identifier: 'MIT' },
    },
    jsonSchemaDialect: 'https://spec.openapis.org/oas/3.1/dialect/base',
    servers: [{ url: options.serverUrl }],
    tags: tags.map((name) => ({ name })),
    paths,
    components: {
      securitySchemes: SECURITY_SCHEMES,
      schemas: {
        ErrorCode: { type: 'string', enum: ERROR_CODES, description: 'A refusal, stable across versions: decide on it, not on the message.' },
        Error: errorSchema,
        ErrorBody: { type: 'object', required: ['errors'], properties: { errors: { type: 'array', items: { $ref: '#/components/schemas/Error' } } } },
      },
      headers: { RetryAfter: { description: 'Seconds until the budget allows another request.', schema: { type: 'integer' } } },
      responses: {
        RateLimited: {
          description: 'Over the rate budget: `rate_limited` (`params.seconds`).',
          headers: { 'Retry-After': { $ref: '#/components/headers/RetryAfter' } },
          content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorBody' } } },
        },
        ServerError: { description: '`server_error`: nothing about the cause is told.', content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorBody' } } } },
      },
    },
  }
}
