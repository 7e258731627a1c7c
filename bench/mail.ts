import { spawn } from 'node:child_process'
import http from 'node:http'
import path from 'node:path'
import { performance } from 'node:perf_hooks'

import { SMTPServer } from 'smtp-server'

import { addLocalDays, localDateOf } from '../src/domain/availability'
import { freePort } from '../scripts/free-port'
import { post, waitFor } from './server'

export interface BookingLatency {
  mode: string
  bookings: number
  errors: number
  p50: number
  p95: number
  mailsReceived: number
}

/** An SMTP server that takes `delayMs` to accept each message: a slow or overloaded mail provider. */
async function smtpServer(port: number, delayMs: number) {
  let received = 0
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      stream.resume()
      stream.on('end', () =>
        setTimeout(() => {
          received++
          callback()
        }, delayMs),
      )
    },
  })
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', () => resolve()))
  return { received: () => received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) }
}

/** A restaurant with room for every booking the run makes, so no request is refused for lack of a table. */
async function prepare(base: string) {
  const { body: auth } = await post(base, '/api/users/login', { email: 'admin@techplus.test', password: 'techplus-admin' })
  const days = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']
  const { body: created } = await post(
    base,
    '/api/restaurants',
    {
      name: 'Mail Bench',
      slug: 'mail-bench',
      timeZone: 'Europe/Paris',
      email: 'staff@mail-bench.test',
      services: [{ name: 'All day', days, start: '10:00', end: '23:00', lastSeating: '22:00' }],
      bookingRules: { slotIntervalMinutes: 15, minNoticeMinutes: 60, maxAdvanceDays: 365, maxPartyOnline: 10, bufferMinutes: 0, holdMinutes: 15, reminderLeadHours: 24, turnTimes: [{ upToPartySize: 20, minutes: 60 }] },
      deposit: { mode: 'none' },
      cancellation: { freeUntilHours: 24, refundPercentAfter: 0 },
    },
    auth.token,
  )
  for (let i = 1; i <= 20; i++) {
    await post(base, '/api/tables', { restaurant: created.doc.id, label: `M${i}`, area: 'dining_room', minCapacity: 1, maxCapacity: 4 }, auth.token)
  }
}

/** Closed loop: `connections` diners book one after another for `seconds`, each on its own slot. */
async function bookFor(base: string, connections: number, seconds: number, counter: { next: number }): Promise<{ latencies: number[]; errors: number }> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections })
  const today = localDateOf(new Date(), 'Europe/Paris')
  const slot = () => {
    // 20 tables, one-hour turns plus the buffer, a start every two hours: booking n always has a table.
    const n = counter.next++
    const date = addLocalDays(today, 2 + Math.floor(n / (20 * 7)))
    const hour = 10 + 2 * (Math.floor(n / 20) % 7)
    return `${date}T${String(hour).padStart(2, '0')}:00:00${offsetOf(date)}`
  }
  const latencies: number[] = []
  let errors = 0
  const deadline = performance.now() + seconds * 1000
  const once = () =>
    new Promise<void>((resolve) => {
      const body = JSON.stringify({ restaurant: 'mail-bench', startsAt: slot(), partySize: 2, guest: { name: 'Mail Bench', email: `guest${counter.next}@example.com` } })
      const started = performance.now()
      const req = http.request(`${base}/api/reservations/book`, { method: 'POST', agent, headers: { 'Content-Type': 'application/json' } }, (res) => {
        let text = ''
        res.on('data', (chunk) => (text += chunk))
        res.on('end', () => {
          if (res.statusCode === 201) latencies.push(performance.now() - started)
          else {
            errors++
            if (process.env.BENCH_DEBUG) console.error(res.statusCode, text.slice(0, 200))
          }
          resolve()
        })
      })
      req.on('error', () => {
        errors++
        resolve()
      })
      req.end(body)
    })
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < deadline) await once()
    }),
  )
  agent.destroy()
  return { latencies, errors }
}

function offsetOf(date: string) {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', timeZoneName: 'longOffset' }).formatToParts(new Date(`${date}T12:00:00Z`))
  const name = parts.find((p) => p.type === 'timeZoneName')?.value ?? 'GMT+01:00'
  return name.replace('GMT', '') || '+00:00'
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN

/**
 * Booking latency of the production build while its job runner sends every confirmation and staff
 * alert to an SMTP server that answers at once, then to one that takes `slowMs` per message.
 */
export async function mailBench(mode: { name: string; smtpDelayMs: number }, seconds: number, connections: number): Promise<BookingLatency> {
  const smtpPort = await freePort()
  const port = await freePort()
  const base = `http://127.0.0.1:${port}`
  const smtp = await smtpServer(smtpPort, mode.smtpDelayMs)
  const server = spawn(path.resolve('node_modules/.bin/tsx'), ['scripts/with-db.ts', '--ephemeral', '--', 'node', 'scripts/server.mjs', '--port', String(port), '--hostname', '127.0.0.1'], {
    env: {
      ...process.env,
      RATE_LIMITS: 'off',
      PAYLOAD_SECRET: 'bench-secret',
      NEXT_PUBLIC_SERVER_URL: base,
      NEXT_TELEMETRY_DISABLED: '1',
      NODE_ENV: 'production',
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(smtpPort),
      SMTP_SECURE: 'false',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  })
  try {
    await waitFor(`${base}/api/ready`, 240_000)
    await prepare(base)
    const counter = { next: 0 } // every booking of the run on its own table and time
    await bookFor(base, connections, 3, counter) // warm-up
    const { latencies, errors } = await bookFor(base, connections, seconds, counter)
    latencies.sort((a, b) => a - b)
    return { mode: mode.name, bookings: latencies.length, errors, p50: percentile(latencies, 50), p95: percentile(latencies, 95), mailsReceived: smtp.received() }
  } finally {
    if (server.pid) process.kill(-server.pid, 'SIGTERM')
    await new Promise((r) => setTimeout(r, 3000))
    await smtp.close()
  }
}
