import config from '@payload-config'
import { REST_DELETE, REST_GET, REST_POST } from '@payloadcms/next/routes'
import type { Payload } from 'payload'

import type { SmtpSink } from './smtpSink'

const handlers = { GET: REST_GET(config), POST: REST_POST(config), DELETE: REST_DELETE(config) }
const BASE = 'http://localhost:3000'

type Options = { body?: unknown; cookie?: string; token?: string; headers?: Record<string, string> }

/**
 * One browser's worth of cookies against the real /api route handlers: keeps what Set-Cookie
 * gives it and sends it back, so tests see exactly which cookies a diner ends up holding.
 */
export class CookieJar {
  readonly cookies = new Map<string, string>()

  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ')
  }

  keep(setCookies: string[]): void {
    for (const line of setCookies) {
      const [pair = '', ...attributes] = line.split(';')
      const [name = '', ...rest] = pair.split('=')
      const expired = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a))
      if (expired || rest.join('=') === '') this.cookies.delete(name.trim())
      else this.cookies.set(name.trim(), rest.join('='))
    }
  }
}

export async function call(method: keyof typeof handlers, pathAndQuery: string, options: Options & { jar?: CookieJar } = {}) {
  const url = new URL(`/api${pathAndQuery}`, BASE)
  const headers = new Headers(options.headers)
  const cookie = [options.jar?.header(), options.cookie].filter(Boolean).join('; ')
  if (cookie) headers.set('Cookie', cookie)
  if (options.token) headers.set('Authorization', `JWT ${options.token}`)
  let body: string | undefined
  if (options.body !== undefined) {
    headers.set('Content-Type', 'application/json')
    body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body)
  }
  const slug = url.pathname.replace(/^\/api\//, '').split('/')
  const response = await handlers[method](new Request(url, { method, headers, body }), { params: Promise.resolve({ slug }) })
  const setCookies = response.headers.getSetCookie()
  options.jar?.keep(setCookies)
  const text = await response.text()
  let json: any
  try {
    json = text ? JSON.parse(text) : undefined
  } catch {
    json = undefined
  }
  return { status: response.status, json, text, setCookies, headers: response.headers }
}

/** A diner whose email is already confirmed, signed in: the jar holds their cookie. */
export async function signedInDiner(payload: Payload, email: string, name = 'Diner', password = 'a-long-diner-password') {
  await payload.create({ collection: 'customers', data: { email, name, password, locale: 'en', _verified: true }, disableVerificationEmail: true })
  const jar = new CookieJar()
  const res = await call('POST', '/customers/login', { jar, body: { email, password } })
  if (res.status !== 200) throw new Error(`diner login failed: ${res.status} ${res.text}`)
  return jar
}

/** The first link in the newest email to `address` matching `pattern`, waiting for it to arrive. */
export async function linkInMail(smtp: SmtpSink, address: string, pattern: RegExp): Promise<string> {
  for (let i = 0; i < 100; i++) {
    for (const mail of [...smtp.to(address)].reverse()) {
      const link = [...String(mail.html).matchAll(/href="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&')).find((href) => pattern.test(href))
      if (link) return link
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`No email to ${address} with a link like ${pattern}`)
}
