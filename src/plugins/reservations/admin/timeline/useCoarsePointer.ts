'use client'

import { useSyncExternalStore } from 'react'

const QUERY = '(pointer: coarse)'

/** Whether the main pointer is a finger (a tablet): touch targets then grow to 44 px. */
export function useCoarsePointer(): boolean {
  return useSyncExternalStore(
    (changed) => {
      const media = window.matchMedia(QUERY)
      media.addEventListener('change', changed)
      return () => media.removeEventListener('change', changed)
    },
    () => window.matchMedia(QUERY).matches,
    () => false,
  )
}
