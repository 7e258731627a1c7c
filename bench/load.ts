import http from 'node:http'
import { performance } from 'node:perf_hooks'

export interface LoadResult {
  label: string
  connections: number
  requests: number
  errors: number
  rps: number
  p50: number
  p95: number
  p99: number
}

/**
 * Closed-loop load: `connections` keep-alive clients each send the next request as soon as the
 * previous answer arrives, for `seconds`. Exact percentiles from every latency recorded.
 */
export async function load(label: string, url: string, connections: number, seconds: number): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections })
  const latencies: number[] = []
  let errors = 0
  const deadline = performance.now() + seconds * 1000
  const once = () =>
    new Promise<void>((resolve) => {
      const started = performance.now()
      const req = http.get(url, { agent }, (res) => {
        res.resume()
        res.on('end', () => {
          if (res.statusCode !== 200) errors++
          latencies.push(performance.now() - started)
          resolve()
        })
      })
      req.on('error', () => {
        errors++
        resolve()
      })
    })
  const client = async () => {
    while (performance.now() < deadline) await once()
  }
  const t0 = performance.now()
  await Promise.all(Array.from({ length: connections }, client))
  const elapsed = (performance.now() - t0) / 1000
  agent.destroy()
  latencies.sort((a, b) => a - b)
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN
  return { label, connections, requests: latencies.length, errors, rps: latencies.length / elapsed, p50: at(0.5), p95: at(0.95), p99: at(0.99) }
}
