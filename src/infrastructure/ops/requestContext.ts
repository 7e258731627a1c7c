import { AsyncLocalStorage } from 'node:async_hooks'
import { randomUUID } from 'node:crypto'

export interface RequestContext {
  requestId: string
  /** Set while a queued job runs, so its log lines say which job they belong to. */
  job?: string
}

// One store per process even if Next loads this module in more than one bundle.
const key = Symbol.for('techplus.requestContext')
const holder = globalThis as unknown as Record<symbol, AsyncLocalStorage<RequestContext> | undefined>
const storage = (holder[key] ??= new AsyncLocalStorage<RequestContext>())

/** An id a client or proxy sent us, if it is one we can log safely (no spaces, quotes or novels). */
export function acceptableRequestId(value: string | null | undefined): string | undefined {
  return value && /^[A-Za-z0-9._:-]{1,128}$/.test(value) ? value : undefined
}

export function newRequestId(): string {
  return randomUUID()
}

export function withRequestContext<T>(context: RequestContext, run: () => T): T {
  return storage.run(context, run)
}

export function currentRequestId(): string | undefined {
  return storage.getStore()?.requestId
}

export function currentContext(): RequestContext | undefined {
  return storage.getStore()
}
