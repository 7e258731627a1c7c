import net from 'node:net'

export type CheckStatus = 'ok' | 'failed' | 'not_configured'

export interface CheckResult {
  status: CheckStatus
  latencyMs: number
  required: boolean
  detail?: string
}

/** How long any one dependency may take before we call it down: a load balancer polls often. */
export const CHECK_TIMEOUT_MS = 2_000

/** Runs one check against the clock; its error becomes a short reason, never a stack. */
export async function timed(required: boolean, check: () => Promise<string | void>, timeoutMs = CHECK_TIMEOUT_MS): Promise<CheckResult> {
  const started = performance.now()
  let timer: NodeJS.Timeout | undefined
  try {
    const detail = await Promise.race([
      check(),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs)
      }),
    ])
    return { status: 'ok', required, latencyMs: elapsed(started), ...(detail ? { detail } : {}) }
  } catch (error) {
    return { status: 'failed', required, latencyMs: elapsed(started), detail: reasonOf(error) }
  } finally {
    clearTimeout(timer)
  }
}

export function notConfigured(): CheckResult {
  return { status: 'not_configured', required: false, latencyMs: 0 }
}

function elapsed(started: number) {
  return Math.round((performance.now() - started) * 10) / 10
}

function reasonOf(error: unknown): string {
  for (let e = error as { code?: unknown; message?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 5; e = e.cause as typeof e, depth++) {
    if (typeof e.code === 'string' && /^[A-Z0-9_]+$/.test(e.code)) return e.code
  }
  return error instanceof Error ? error.message.slice(0, 200) : 'failed'
}

/** The SMTP server accepts a connection and greets us (220), as it would before sending mail. */
export function smtpGreets(host: string, port: number, implicitTls: boolean): Promise<string | void> {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host, port })
    const done = (error?: Error) => {
      socket.destroy()
      if (error) reject(error)
      else resolve()
    }
    socket.once('error', done)
    socket.once('connect', () => {
      // With TLS from the first byte the greeting is encrypted: an open port is what we can see.
      if (implicitTls) return done()
      socket.once('data', (chunk) => {
        const line = chunk.toString('utf8')
        socket.write('QUIT\r\n')
        if (line.startsWith('220')) done()
        else done(new Error(`unexpected greeting ${line.slice(0, 3)}`))
      })
    })
  })
}

/** Stripe's API answers our key (any answer short of a server error or a refused key). */
export async function stripeAnswers(apiBase: URL | undefined, secretKey: string, timeoutMs = CHECK_TIMEOUT_MS): Promise<string | void> {
  const url = new URL('/v1/balance', apiBase ?? 'https://api.stripe.com')
  const response = await fetch(url, { headers: { Authorization: `Bearer ${secretKey}` }, signal: AbortSignal.timeout(timeoutMs) })
  await response.body?.cancel()
  if (response.status === 401) throw new Error('Stripe refused the API key')
  if (response.status >= 500) throw new Error(`Stripe answered ${response.status}`)
}

/** 503 when any required check failed; optional ones (mail, payments) only mark the answer degraded. */
export function overallStatus(checks: Record<string, CheckResult>): { status: 'ready' | 'degraded' | 'unavailable'; httpStatus: 200 | 503 } {
  const results = Object.values(checks)
  if (results.some((c) => c.required && c.status === 'failed')) return { status: 'unavailable', httpStatus: 503 }
  if (results.some((c) => c.status === 'failed')) return { status: 'degraded', httpStatus: 200 }
  return { status: 'ready', httpStatus: 200 }
}
