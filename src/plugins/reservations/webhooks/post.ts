import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns'
import { request as httpRequest } from 'node:http'
import { request as httpsRequest } from 'node:https'

import { isPrivateAddress } from '../../../domain/webhooks'

export interface PostResult {
  statusCode: number | null
  durationMs: number
  /** The start of the receiver's answer, for the delivery log. */
  body: string
  error: string | null
}

const MAX_LOGGED_BODY = 500

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void

/**
 * Resolves the receiver's name and refuses a private address: checked on the address the socket
 * then connects to, so a name that resolves to 10.0.0.5 (or changes to it after the URL was
 * checked: DNS rebinding) is never reached.
 */
function publicOnlyLookup(hostname: string, options: LookupOptions, callback: LookupCallback) {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, [])
    const list = addresses as LookupAddress[]
    const blocked = list.find((entry) => isPrivateAddress(entry.address))
    if (blocked) return callback(new Error(`${hostname} resolves to a private address (${blocked.address})`), [])
    if (options.all) return callback(null, list)
    callback(null, list[0]!.address, list[0]!.family)
  })
}

/**
 * POSTs a JSON body and reads the answer, within `timeoutMs` all told. Never throws: a refused
 * connection, a timeout or a private address is an error string, as the delivery log shows it.
 * No redirects are followed (a 3xx is a failed delivery): a redirect could lead inside our network.
 */
export function postJson(url: string, body: string, headers: Record<string, string>, options: { timeoutMs: number; allowPrivate: boolean }): Promise<PostResult> {
  const started = performance.now()
  const elapsed = () => Math.round(performance.now() - started)
  return new Promise((resolve) => {
    const target = new URL(url)
    const send = target.protocol === 'https:' ? httpsRequest : httpRequest
    const request = send(
      target,
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(body)), 'User-Agent': 'TechPlus-Webhooks/1', ...headers },
        lookup: options.allowPrivate ? undefined : (publicOnlyLookup as never),
        signal: AbortSignal.timeout(options.timeoutMs),
      },
      (response) => {
        let text = ''
        response.setEncoding('utf8')
        response.on('data', (chunk: string) => {
          if (text.length < MAX_LOGGED_BODY) text += chunk
        })
        response.on('end', () => resolve({ statusCode: response.statusCode ?? null, durationMs: elapsed(), body: text.slice(0, MAX_LOGGED_BODY), error: null }))
        response.on('error', (error) => resolve({ statusCode: response.statusCode ?? null, durationMs: elapsed(), body: text.slice(0, MAX_LOGGED_BODY), error: error.message }))
      },
    )
    request.on('error', (error: NodeJS.ErrnoException) => {
      const message = error.name === 'AbortError' || error.name === 'TimeoutError' ? `No answer within ${options.timeoutMs} ms` : error.message || error.code || String(error)
      resolve({ statusCode: null, durationMs: elapsed(), body: '', error: message })
    })
    request.end(body)
  })
}
