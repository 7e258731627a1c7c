'use client'

import { useEffect, useState } from 'react'

type Result<T> = { key: string; data: T | null; error: boolean }

/** GET a JSON URL, re-fetched when the URL (or `refresh`) changes; stale answers are dropped. */
export function useJson<T>(url: string | null, refresh = 0): { data: T | null; loading: boolean; error: boolean } {
  const key = url ? `${refresh}:${url}` : ''
  const [result, setResult] = useState<Result<T>>({ key: '', data: null, error: false })
  const [last, setLast] = useState<Result<T> | null>(null)
  useEffect(() => {
    if (!url) return
    const controller = new AbortController()
    fetch(url, { signal: controller.signal, headers: { Accept: 'application/json' } })
      .then(async (res) => {
        if (!res.ok) throw new Error(String(res.status))
        const next = { key, data: (await res.json()) as T, error: false }
        setResult(next)
        setLast(next)
      })
      .catch((error: unknown) => {
        if ((error as Error).name !== 'AbortError') setResult({ key, data: null, error: true })
      })
    return () => controller.abort()
  }, [url, key])
  const current = result.key === key
  // While a new answer loads, keep showing the previous one for the same URL (no flicker on refresh).
  const fallback = last && url && last.key.endsWith(`:${url}`) ? last.data : null
  return { data: current ? result.data : fallback, loading: Boolean(url) && !current, error: current && result.error }
}
