/**
 * Applies scripts/sealed-page.mjs to the answers that ask for it: an HTML page whose policy (set by
 * scripts/server.mjs for the site's pages) names the marker as its nonce is held until Next has
 * written all of it — a cached page comes out at once anyway — then goes out without the marker and
 * with its scripts' hashes. Every other answer (the admin with its nonce, the API, files) streams
 * through untouched.
 */
import { policyNamesMarker, policyWith, sealPage } from './sealed-page.mjs'

const POLICY = 'content-security-policy'

/**
 * A cached page is the same bytes for every visitor until it is re-rendered: sealed once per
 * version (Next's ETag of it) rather than per request. Oldest versions go first past this many.
 */
const SEALED_VERSIONS = 200
const sealedVersions = new Map()

function sealOnce(html, policy, etag, marker, integrityOf) {
  const key = etag ? `${etag}\n${policy}` : null
  const known = key && sealedVersions.get(key)
  if (known) return known
  const { html: sealed, sources } = sealPage(html, marker, integrityOf)
  const result = { body: Buffer.from(sealed, 'utf8'), policy: policyWith(policy, marker, sources) }
  if (key) {
    sealedVersions.set(key, result)
    if (sealedVersions.size > SEALED_VERSIONS) sealedVersions.delete(sealedVersions.keys().next().value)
  }
  return result
}

/** Node's writeHead(status[, message][, headers]): the headers it was given, if any. */
function headersIn(args) {
  const last = args[args.length - 1]
  return last && typeof last === 'object' ? last : null
}

/**
 * @param {{ policyOf?: (html: string, policy: string) => string }} [options] `policyOf`: the policy
 *   a page's own content settles, read before the marker is removed (the booking widget's
 *   frame-ancestors: src/security/embedPolicy.ts)
 */
export function sealWhenAsked(req, res, marker, integrityOf, { policyOf } = {}) {
  const original = { writeHead: res.writeHead, write: res.write, end: res.end }
  /** undefined until the headers are final; then 'pass' or 'seal' */
  let mode
  let head = null
  const chunks = []

  const decide = () => {
    if (mode) return mode
    // Next 16 appends a cached redirect's stored headers to those it has just set: one address is
    // the answer (two make clients refuse the redirect).
    const location = res.getHeader('location')
    if (Array.isArray(location)) res.setHeader('location', location[0])
    const policy = res.getHeader(POLICY)
    if (typeof policy !== 'string' || !policyNamesMarker(policy, marker)) return (mode = 'pass')
    const html = String(res.getHeader('content-type') ?? '').startsWith('text/html')
    // Nothing to allow in a redirect, a payload for client navigation or a 304 (whose headers would
    // replace the stored page's policy: it keeps that one), nor in a HEAD.
    if (!html || req.method !== 'GET' || res.statusCode === 304 || res.statusCode === 204) {
      if (res.statusCode === 304) res.removeHeader(POLICY)
      else res.setHeader(POLICY, policyWith(policy, marker, []))
      return (mode = 'pass')
    }
    return (mode = 'seal')
  }

  res.writeHead = function (...args) {
    const given = headersIn(args)
    if (given && !Array.isArray(given)) {
      for (const [name, value] of Object.entries(given)) if (value !== undefined) res.setHeader(name, value)
      args = args.slice(0, -1)
    }
    if (typeof args[0] === 'number') res.statusCode = args[0]
    if (decide() === 'pass') return original.writeHead.apply(this, args)
    head = args
    return this
  }

  res.write = function (chunk, encoding, callback) {
    if (decide() === 'pass') return original.write.call(this, chunk, encoding, callback)
    chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, typeof encoding === 'string' ? encoding : 'utf8'))
    const done = typeof encoding === 'function' ? encoding : callback
    if (done) process.nextTick(done)
    return true
  }

  res.end = function (chunk, encoding, callback) {
    if (decide() === 'pass') return original.end.call(this, chunk, encoding, callback)
    if (typeof chunk === 'function') callback = chunk
    else if (chunk) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, typeof encoding === 'string' ? encoding : 'utf8'))
    if (typeof encoding === 'function') callback = encoding
    // Only pages from Next's cache repeat; a page rendered for one request is sealed for it alone.
    const etag = res.getHeader('x-nextjs-cache') ? res.getHeader('etag') : null
    const html = Buffer.concat(chunks).toString('utf8')
    const given = String(res.getHeader(POLICY))
    const { body, policy } = sealOnce(html, policyOf ? policyOf(html, given) : given, typeof etag === 'string' ? etag : null, marker, integrityOf)
    res.setHeader(POLICY, policy)
    res.setHeader('content-length', body.length)
    Object.assign(res, original)
    if (head) original.writeHead.apply(this, head)
    return original.end.call(this, body, callback)
  }
}
