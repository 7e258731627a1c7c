'use client'

import { useEffect } from 'react'

/**
 * Registers public/sw.js (offline copies of the menu and the diner's booking). Production builds
 * only (in development it would serve stale code), and only where browsers allow workers: https,
 * or localhost.
 */
export function ServiceWorkerRegistration() {
  useEffect(() => {
    if (process.env.NODE_ENV !== 'production' || !('serviceWorker' in navigator) || !window.isSecureContext) return
    const firstVisit = !navigator.serviceWorker.controller
    navigator.serviceWorker
      .register('/sw.js', { scope: '/' })
      .then(() => navigator.serviceWorker.ready)
      .then((registration) => {
        // The page that installed the worker was loaded without it: ask it to keep a copy now, so
        // a booking opened once from its email is readable offline too.
        if (firstVisit) registration.active?.postMessage({ type: 'keep-page', url: location.href })
      })
      .catch(() => {
        // No worker (private mode, storage full): the site works as before, only not offline.
      })
  }, [])
  return null
}
