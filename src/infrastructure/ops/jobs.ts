import type { Field, PayloadRequest } from 'payload'

import { metrics } from './metrics'
import { currentRequestId, withRequestContext } from './requestContext'

type HandlerArgs = { input?: Record<string, unknown> | null; job: { id: number | string; totalTried?: number | null }; req: PayloadRequest }
type AnyTask = { slug: string; inputSchema?: Field[]; handler: unknown }

/** Stamps the request that queues a job into its input, so the job's log lines name the request. */
export function withRequestId<T extends object>(input: T): T & { requestId?: string } {
  const requestId = currentRequestId()
  return requestId ? { ...input, requestId } : input
}

/**
 * Runs a task inside the context of the request that queued it (or of the job itself, for
 * scheduled ones), logs how it ended, and counts it. Payload logs a failure too, but after the
 * handler returns, where the request id is no longer known.
 */
export function traced<T extends AnyTask>(task: T): T {
  if (typeof task.handler !== 'function') return task
  const handler = task.handler as (args: HandlerArgs) => Promise<unknown>
  return {
    ...task,
    inputSchema: [...(task.inputSchema ?? []), { name: 'requestId', type: 'text', admin: { description: 'The HTTP request that queued this job (X-Request-Id)' } }],
    handler: (args: HandlerArgs) => {
      const requestId = typeof args.input?.requestId === 'string' ? args.input.requestId : `job-${args.job.id}`
      return withRequestContext({ requestId, job: `${task.slug}#${args.job.id}` }, async () => {
        const started = performance.now()
        const logger = args.req.payload.logger
        try {
          const result = await handler(args)
          metrics().jobRuns.inc({ task: task.slug, outcome: 'ok' })
          logger.info({ task: task.slug, attempt: (args.job.totalTried ?? 0) + 1, ms: Math.round(performance.now() - started), msg: 'Job done' })
          return result
        } catch (error) {
          metrics().jobRuns.inc({ task: task.slug, outcome: 'failed' })
          logger.warn({ err: error, task: task.slug, attempt: (args.job.totalTried ?? 0) + 1, msg: 'Job failed' })
          throw error
        }
      })
    },
  }
}
