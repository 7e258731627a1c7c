import config from '@payload-config'
import { GRAPHQL_POST, REST_DELETE, REST_GET, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'

/**
 * Calls the very route handlers Next mounts at /api — real Request in, real Response out — without
 * building the app. What an API consumer gets over HTTP, minus the socket.
 */
// Next answers HEAD through the GET export (Payload then routes by the request's own method).
const handlers = { GET: REST_GET(config), HEAD: REST_GET(config), POST: REST_POST(config), PUT: REST_PUT(config), PATCH: REST_PATCH(config), DELETE: REST_DELETE(config) }
const graphql = GRAPHQL_POST(config)
const BASE = 'http://localhost:3000'

type Options = { token?: string; body?: unknown; headers?: Record<string, string> }

export async function api(method: keyof typeof handlers, pathAndQuery: string, options: Options = {}) {
  const url = new URL(`/api${pathAndQuery}`, BASE)
  const headers = new Headers(options.headers)
  if (options.token) headers.set('Authorization', `JWT ${options.token}`)
  let body: BodyInit | undefined
  if (options.body !== undefined) {
    headers.set('Content-Type', 'application/json')
    body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body)
  }
  const request = new Request(url, { method, headers, body })
  const slug = url.pathname.replace(/^\/api\//, '').split('/')
  const response = await handlers[method](request, { params: Promise.resolve({ slug }) })
  // Bytes for downloads (spreadsheets, PDFs); text decoded as response.text() would (BOM dropped).
  const bytes = Buffer.from(await response.arrayBuffer())
  const text = new TextDecoder().decode(bytes)
  let json: any
  try {
    json = text ? JSON.parse(text) : undefined
  } catch {
    json = undefined
  }
  return { status: response.status, json, text, bytes, headers: response.headers }
}

/** A fetch answered by the same route handlers, for clients that take one (openapi-fetch). */
export async function handlersFetch(request: Request): Promise<Response> {
  const slug = new URL(request.url).pathname.replace(/^\/api\//, '').split('/')
  return handlers[request.method as keyof typeof handlers](request, { params: Promise.resolve({ slug }) })
}

export async function gql(query: string, options: { token?: string; variables?: Record<string, unknown>; headers?: Record<string, string> } = {}) {
  const headers = new Headers({ ...options.headers, 'Content-Type': 'application/json' })
  if (options.token) headers.set('Authorization', `JWT ${options.token}`)
  const request = new Request(new URL('/api/graphql', BASE), {
    method: 'POST',
    headers,
    body: JSON.stringify({ query, variables: options.variables }),
  })
  const response = await graphql(request)
  return { status: response.status, json: (await response.json()) as any }
}

export async function login(email: string, password: string): Promise<string> {
  const { status, json } = await api('POST', '/users/login', { body: { email, password } })
  if (status !== 200 || !json?.token) throw new Error(`login ${email} failed: ${status} ${JSON.stringify(json)}`)
  return json.token
}
