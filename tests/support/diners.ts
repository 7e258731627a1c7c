import type { Payload } from 'payload'

import { api } from './http'
import type { SmtpSink } from './smtpSink'

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

/** `api` with a browser's cookies: the jar's (and any extra) sent, and what Set-Cookie answers kept. */
export async function call(method: 'GET' | 'POST' | 'PATCH' | 'DELETE', pathAndQuery: string, options: Options & { jar?: CookieJar } = {}) {
  const cookie = [options.jar?.header(), options.cookie].filter(Boolean).join('; ')
  const headers = { ...options.headers, ...(cookie ? { Cookie: cookie } : {}) }
  const { status, json, text, headers: responseHeaders } = await api(method, pathAndQuery, { token: options.token, body: options.body, headers })
  const setCookies = responseHeaders.getSetCookie()
  options.jar?.keep(setCookies)
  return { status, json, text, setCookies, headers: responseHeaders }
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
