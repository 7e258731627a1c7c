import autocannon from 'autocannon'

export interface LoadResult {
  label: string
  connections: number
  /** the fixed total rate asked for, in requests per second (open loop), or null at full speed */
  rate: number | null
  requests: number
  errors: number
  rps: number
  p50: number
  p95: number
  p99: number
}

export interface LoadPlan {
  connections: number
  seconds: number
  /** total requests per second over all connections; omitted = as fast as the server answers */
  rate?: number
  method?: 'GET' | 'POST'
  /** the path of the i-th request (a booking needs a free slot, a manage call a real link) */
  path: (i: number) => string
  body?: (i: number) => unknown
}

/**
 * Load with autocannon over loopback: `connections` keep-alive clients, either as fast as the
 * server answers or at a fixed total rate. Every response time is kept, so percentiles are exact
 * (autocannon's own summary stops at p97.5 and p99). Anything but a 2xx counts as an error.
 */
export async function load(label: string, base: string, plan: LoadPlan): Promise<LoadResult> {
  const latencies: number[] = []
  let errors = 0
  let i = 0
  let finish!: (result: autocannon.Result) => void
  let fail!: (error: unknown) => void
  const done = new Promise<autocannon.Result>((resolve, reject) => ((finish = resolve), (fail = reject)))
  const instance = autocannon({
    url: base,
    connections: plan.connections,
    duration: plan.seconds,
    ...(plan.rate ? { overallRate: plan.rate } : {}),
    headers: { 'content-type': 'application/json', accept: 'application/json,text/html' },
    requests: [
      {
        method: plan.method ?? 'GET',
        setupRequest: (request) => {
          const n = i++
          return { ...request, path: plan.path(n), ...(plan.body ? { body: JSON.stringify(plan.body(n)) } : {}) }
        },
      },
    ],
  }, (error, result) => (error ? fail(error) : finish(result)))
  instance.on('response', (_client, statusCode, _bytes, responseTime) => {
    latencies.push(responseTime)
    if (statusCode < 200 || statusCode >= 300) errors++
  })
  const result = await done
  errors += result.errors + result.timeouts
  latencies.sort((a, b) => a - b)
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN
  return { label, connections: plan.connections, rate: plan.rate ?? null, requests: latencies.length, errors, rps: latencies.length / plan.seconds, p50: at(0.5), p95: at(0.95), p99: at(0.99) }
}
