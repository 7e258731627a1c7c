import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client'

/**
 * Every metric the app exports at /api/metrics. Counters count what this process did; queue and
 * message figures are read from the database at scrape time, so they cover every node and the
 * separate job worker too.
 */
function createMetrics() {
  const registry = new Registry()
  collectDefaultMetrics({ register: registry })
  const registers = [registry]
  return {
    registry,
    httpDuration: new Histogram({
      name: 'http_request_duration_seconds',
      help: 'Time to answer an HTTP request to /api, by route template, method and status',
      labelNames: ['method', 'route', 'status'] as const,
      // Our target is 200 ms: buckets are dense around it.
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.15, 0.2, 0.3, 0.5, 1, 2, 5],
      registers,
    }),
    bookingsCreated: new Counter({ name: 'techplus_bookings_created_total', help: 'Bookings created, by source (online, phone, walk_in…)', labelNames: ['source'] as const, registers }),
    bookingsCancelled: new Counter({ name: 'techplus_bookings_cancelled_total', help: 'Bookings cancelled', registers }),
    availabilityComputations: new Histogram({
      name: 'techplus_availability_computation_seconds',
      help: 'Availability answers computed (one day of slots, or a summary of days), and how long each took',
      labelNames: ['kind'] as const,
      buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1],
      registers,
    }),
    messages: new Counter({ name: 'techplus_messages_total', help: 'Email and SMS send attempts in this process, by channel and outcome (sent, skipped, failed)', labelNames: ['channel', 'outcome'] as const, registers }),
    jobRuns: new Counter({ name: 'techplus_job_runs_total', help: 'Queued jobs run in this process, by task and outcome (ok, failed)', labelNames: ['task', 'outcome'] as const, registers }),
    webhookEvents: new Counter({ name: 'techplus_webhook_events_total', help: 'Stripe webhook events received, by type and outcome (stored, replay, ignored)', labelNames: ['type', 'outcome'] as const, registers }),
    jobQueue: new Gauge({ name: 'techplus_job_queue', help: 'Jobs in the queue now, by task and state (waiting, failed)', labelNames: ['task', 'state'] as const, registers }),
    messageLog: new Gauge({ name: 'techplus_message_log', help: 'Messages in the message log, by channel and status', labelNames: ['channel', 'status'] as const, registers }),
    backupAge: new Gauge({ name: 'techplus_backup_age_seconds', help: 'Age of the newest database backup in BACKUP_DIR (+Inf when there is none)', registers }),
  }
}

export type Metrics = ReturnType<typeof createMetrics>

// Next may evaluate this module once per route bundle; the counters must be one set per process.
const key = Symbol.for('techplus.metrics')
const holder = globalThis as unknown as Record<symbol, Metrics | undefined>

export function metrics(): Metrics {
  return (holder[key] ??= createMetrics())
}
