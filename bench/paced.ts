import http from 'node:http'

import type { LoadPlan, LoadResult } from './load'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * The plan's load as users make it: `rate` requests a second, one every 1/rate s, whatever the
 * server is doing (open loop), over up to `connections` keep-alive connections. autocannon's
 * `overallRate` gives each connection its quota per second and starts every connection's second at
 * the same instant, so all of a second's requests leave together: a burst, not a pace.
 * Each time counts from when its request was due, so a slow answer cannot hide by delaying the
 * next request (no coordinated omission).
 */
export async function paced(label: string, base: string, plan: LoadPlan & { rate: number }): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: plan.connections })
  const total = Math.round(plan.rate * plan.seconds)
  const latencies: number[] = []
  let errors = 0
  const send = (n: number, due: number) =>
    new Promise<void>((resolve) => {
      const body = plan.body ? JSON.stringify(plan.body(n)) : undefined
      const request = http.request(
        new URL(plan.path(n), base),
        { method: plan.method ?? 'GET', agent, headers: { 'content-type': 'application/json', accept: 'application/json,text/html' }, timeout: 10_000 },
        (response) => {
          response.resume()
          response.on('end', () => {
            latencies.push(performance.now() - due)
            if (!response.statusCode || response.statusCode < 200 || response.statusCode >= 300) errors++
            resolve()
          })
        },
      )
      const fail = () => (errors++, resolve())
      request.on('error', fail)
      request.on('timeout', () => request.destroy())
      request.end(body)
    })

  const start = performance.now()
  const sent: Promise<void>[] = []
  for (let n = 0; n < total; n++) {
    const due = start + (n * 1000) / plan.rate
    const wait = due - performance.now()
    if (wait > 0) await sleep(wait)
    sent.push(send(n, due))
  }
  await Promise.all(sent)
  agent.destroy()
  latencies.sort((a, b) => a - b)
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN
  return { label, connections: plan.connections, rate: plan.rate, requests: latencies.length, errors, rps: latencies.length / plan.seconds, p50: at(0.5), p95: at(0.95), p99: at(0.99) }
}
