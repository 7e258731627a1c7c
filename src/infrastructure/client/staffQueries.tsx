'use client'

import { QueryClient, QueryClientProvider, useQuery, useQueryClient, type UseQueryResult } from '@tanstack/react-query'
import type { ReactNode } from 'react'

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
 */
export function useStaffQuery<T>(url: string | null, options: { refetchIntervalMs?: number | false } = {}): UseQueryResult<T, FetchError> {
  return useQuery<T, FetchError>({
    queryKey: staffKey(url ?? ''),
    queryFn: ({ signal }) => fetchJson<T>(url!, signal),
    enabled: url !== null,
    ...(options.refetchIntervalMs !== undefined ? { refetchInterval: options.refetchIntervalMs } : {}),
  })
}

/** After a write: every staff view showing bookings fetches again (the ones on screen at once, the rest when shown). */
export function useRefreshStaffViews(): () => Promise<void> {
  const client = useQueryClient()
  return () => client.invalidateQueries({ queryKey: [STAFF_KEY] })
}
