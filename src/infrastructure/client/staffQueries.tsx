'use client'

import { QueryClient, QueryClientProvider, useMutation, useQuery, useQueryClient, type UseQueryResult } from '@tanstack/react-query'
import type { ReactNode } from 'react'

import type { SendResult } from './sendJson'

/** How often a staff view refreshes on its own: live enough for a service, light on the server. */
export const STAFF_REFRESH_MS = 30_000

/** A GET the server refused, with the refusal's code when it gave one. */
export class FetchError extends Error {
  constructor(
    readonly status: number,
    readonly code: string | null,
  ) {
    super(`GET refused (${status}${code ? `: ${code}` : ''})`)
  }
}

/** Every staff query's key starts with this, so one write can refresh every view that shows bookings. */
export const STAFF_KEY = 'staff'

let browserClient: QueryClient | null = null

/**
 * One cache for the whole admin tab: the admin's views are client-side navigations, so a module-level
 * client lets the calendar show what the service board just loaded (and vice versa) without a wait.
 * On the server each render gets its own client, never shared between users.
 */
function staffQueryClient(): QueryClient {
  const make = () =>
    new QueryClient({
      defaultOptions: {
        queries: { staleTime: 5_000, refetchOnWindowFocus: true, refetchInterval: STAFF_REFRESH_MS, retry: 1 },
      },
    })
  if (typeof window === 'undefined') return make()
  browserClient ??= make()
  return browserClient
}

export function StaffQueryProvider({ children }: { children: ReactNode }) {
  return <QueryClientProvider client={staffQueryClient()}>{children}</QueryClientProvider>
}

/** GET a JSON URL with the signed-in user's cookie; a refusal throws a FetchError carrying its code. */
export async function fetchJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  const res = await fetch(url, { signal, credentials: 'include', headers: { Accept: 'application/json' } })
  const json = (await res.json().catch(() => null)) as (T & { errors?: { code?: string }[] }) | null
  if (!res.ok || json === null) throw new FetchError(res.status, json?.errors?.[0]?.code ?? null)
  return json
}

export const staffKey = (url: string) => [STAFF_KEY, url] as const

/**
 * A staff view's data: cached across views, refetched on focus and every 30 s (or `refetchIntervalMs`,
 * false for data that does not move, like last month's analytics). `url` null waits (nothing picked yet).
 * `live: false` stops refetching on its own while the user reshapes the data (the floor being edited):
 * a refetch landing between a move and its save would put the table back.
 */
export function useStaffQuery<T>(url: string | null, options: { refetchIntervalMs?: number | false; live?: boolean } = {}): UseQueryResult<T, FetchError> {
  const live = options.live ?? true
  return useQuery<T, FetchError>({
    queryKey: staffKey(url ?? ''),
    queryFn: ({ signal }) => fetchJson<T>(url!, signal),
    enabled: url !== null,
    ...(options.refetchIntervalMs !== undefined ? { refetchInterval: options.refetchIntervalMs } : {}),
    ...(live ? {} : { refetchInterval: false, refetchOnWindowFocus: false }),
  })
}

/** A write the server refused: its answer (code, field, reason in the admin's language). */
export class Refusal extends Error {
  constructor(readonly answer: SendResult<unknown>) {
    super(answer.reason)
  }
}

/** Every staff write carries this key, so the last one to settle knows it is the last. */
const WRITE_KEY = [STAFF_KEY, 'write'] as const

/**
 * After a write settles: every staff view showing bookings fetches again (the board and calendar then
 * agree with the timeline), once the last write in flight is done — a refetch between two writes would
 * draw the second one's booking where it was before.
 */
async function refreshAfterWrite(client: QueryClient) {
  if (client.isMutating({ mutationKey: WRITE_KEY }) <= 1) await client.invalidateQueries({ queryKey: [STAFF_KEY] })
}

/**
 * A staff write drawn before the server answers: `change` updates the cached answer of `url` at once,
 * a refusal puts back what the write changed (`restore`: by default the whole answer as it was) and
 * rejects with a Refusal, and every staff view refreshes once the writes settle. The view shows the
 * refusal's reason and decides on its code.
 */
export function useOptimisticWrite<T, V>(options: {
  url: string | null
  send: (variables: V) => Promise<SendResult<unknown>>
  change: (data: T, variables: V) => T
  restore?: (data: T, before: T, variables: V) => T
}) {
  const client = useQueryClient()
  const key = staffKey(options.url ?? '')
  return useMutation<SendResult<unknown>, Refusal, V, { before: T | undefined }>({
    mutationKey: WRITE_KEY,
    mutationFn: async (variables) => {
      const answer = await options.send(variables)
      if (!answer.ok) throw new Refusal(answer)
      return answer
    },
    onMutate: async (variables) => {
      // A fetch already on its way left before this write: its answer would undo the change on screen.
      await client.cancelQueries({ queryKey: key })
      const before = client.getQueryData<T>(key)
      if (before !== undefined) client.setQueryData<T>(key, options.change(before, variables))
      return { before }
    },
    onError: (_refusal, variables, context) => {
      const before = context?.before
      if (before === undefined) return
      client.setQueryData<T>(key, (data) => (data === undefined ? before : options.restore ? options.restore(data, before, variables) : before))
    },
    onSettled: () => refreshAfterWrite(client),
  })
}

/** After a write: every staff view showing bookings fetches again (the ones on screen at once, the rest when shown). */
export function useRefreshStaffViews(): () => Promise<void> {
  const client = useQueryClient()
  return () => client.invalidateQueries({ queryKey: [STAFF_KEY] })
}
