'use client'

import { useCallback, useRef } from 'react'

import { FUNNEL_MARKER, stepsToSend, type FunnelSource, type FunnelStep } from '@/domain/funnel'

/**
 * Counts the booking funnel's steps from this page: each step once, remembered in the page's memory
 * only (no storage, no identifier: the server keeps counts). Sent without credentials, so not even
 * the site's cookies ride along, and with `keepalive` (a beacon): a step sent as the diner leaves
 * for the payment page still arrives, and nothing waits for it.
 */
export function useFunnel(slug: string, source: FunnelSource): (steps: readonly FunnelStep[]) => void {
  const sent = useRef(new Set<FunnelStep>())
  return useCallback(
    (reached: readonly FunnelStep[]) => {
      const steps = stepsToSend(reached, sent.current)
      if (!steps.length) return
      for (const step of steps) sent.current.add(step)
      const url = `/api/restaurants/${encodeURIComponent(slug)}/funnel-events`
      const body = JSON.stringify({ marker: FUNNEL_MARKER, source, steps })
      void fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body, keepalive: true, credentials: 'omit' }).catch(() => undefined)
    },
    [slug, source],
  )
}
