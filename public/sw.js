/**
 * The site's service worker (registered by src/components/pwa/ServiceWorkerRegistration.tsx).
 * Hand-written rather than built with Serwist: see README, "Progressive web app".
 *
 * - Pages: network first; a visited page is kept and shown again offline, else the offline page in
 *   the page's language. Menus (any address ending in /menu) and the diner's booking
 *   (/{locale}/reservation/{token}) are kept apart (the KEPT_LIMIT most recent) from the other
 *   pages (the PAGE_LIMIT most recent).
 * - Built files, fonts and images: cache first (their addresses change when they do).
 * - Everything else, every other /api/ answer (availability, bookings, changes) and every
 *   non-GET request: straight to the network, never stored.
 * - Never kept: the admin, account pages, draft previews (the server marks them X-Offline-Copy).
 *
 * Bump VERSION when these rules change: the new worker deletes the old caches when it activates.
 */
const VERSION = 'v1'
const PREFIX = 'techplus-'
const PAGES = `${PREFIX}pages-${VERSION}`
const KEPT = `${PREFIX}kept-${VERSION}`
const ASSETS = `${PREFIX}assets-${VERSION}`
const PAGE_LIMIT = 40
const KEPT_LIMIT = 30
const ASSET_LIMIT = 200
const LOCALES = ['fr', 'en']
const offlinePage = (locale) => `/${locale}/offline`

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(KEPT)
      .then((cache) => cache.addAll(LOCALES.map(offlinePage)))
      .then(() => self.skipWaiting()),
  )
})

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const current = [PAGES, KEPT, ASSETS]
      const names = await caches.keys()
      await Promise.all(names.filter((name) => name.startsWith(PREFIX) && !current.includes(name)).map((name) => caches.delete(name)))
      // Pages start loading while the worker wakes up, rather than after.
      if (self.registration.navigationPreload) await self.registration.navigationPreload.enable()
      await self.clients.claim()
    })(),
  )
})

self.addEventListener('fetch', (event) => {
  const { request } = event
  if (request.method !== 'GET') return
  const url = new URL(request.url)
  if (url.origin !== self.location.origin) return
  if (request.mode === 'navigate') event.respondWith(navigation(event, url))
  else if (isAsset(url)) event.respondWith(cacheFirst(event, request))
})

// The page that installed the worker was loaded before it: it asks for a copy of itself.
self.addEventListener('message', (event) => {
  const { data } = event
  if (!data || data.type !== 'keep-page' || typeof data.url !== 'string') return
  const url = new URL(data.url, self.location.origin)
  if (url.origin !== self.location.origin) return
  event.waitUntil(
    fetch(url.href, { credentials: 'same-origin', headers: { Accept: 'text/html' } })
      .then((response) => keep(url, new Request(url.href), response))
      .catch(() => {}),
  )
})

async function navigation(event, url) {
  try {
    const response = (await event.preloadResponse) || (await fetch(event.request))
    event.waitUntil(keep(url, event.request, response.clone()))
    return response
  } catch {
    const copy = await caches.match(event.request, { ignoreVary: true })
    if (copy) return copy
    // "/" (where the installed app starts) redirects by a cookie the worker cannot read: it opens
    // the home page in the language last read instead, if kept.
    const locale = localeOf(url) || (await lastLocale())
    const home = url.pathname === '/' ? await caches.match(`/${locale}`, { ignoreVary: true }) : undefined
    const offline = home || (await caches.match(offlinePage(locale), { ignoreVary: true }))
    return offline || new Response('Offline', { status: 503, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
  }
}

const LAST_LOCALE = '/__last-locale'

async function lastLocale() {
  const stored = await caches.match(LAST_LOCALE)
  const locale = stored ? await stored.text() : ''
  return LOCALES.includes(locale) ? locale : 'fr'
}

async function keep(url, request, response) {
  if (!mayKeep(url, response)) return
  const name = isKeptApart(url) ? KEPT : PAGES
  const cache = await caches.open(name)
  await cache.put(request, response)
  if (name === PAGES) await trim(cache, PAGE_LIMIT)
  else await trim(cache, KEPT_LIMIT, isKeptApart)
  await (await caches.open(KEPT)).put(LAST_LOCALE, new Response(localeOf(url)))
}

function mayKeep(url, response) {
  if (response.status !== 200 || response.type !== 'basic') return false
  if (response.headers.get('X-Offline-Copy') === 'never') return false
  if (!(response.headers.get('Content-Type') || '').includes('text/html')) return false
  const path = url.pathname
  if (path === '/admin' || path.startsWith('/admin/') || path.startsWith('/next/')) return false
  if (/^\/[^/]+\/account(\/|$)/.test(path)) return false
  return LOCALES.some((locale) => path === `/${locale}` || path.startsWith(`/${locale}/`))
}

/** The menus and the diner's booking: what a diner opens again on the way to the restaurant. */
function isKeptApart(url) {
  return /\/menu\/?$/.test(url.pathname) || /^\/[^/]+\/reservation\/[^/]+\/?$/.test(url.pathname)
}

function isAsset(url) {
  const path = url.pathname
  return (
    path.startsWith('/_next/static/') ||
    path.startsWith('/_next/image') ||
    path.startsWith('/api/media/file/') ||
    path.startsWith('/icons/') ||
    path === '/favicon.svg' ||
    path === '/favicon.ico'
  )
}

async function cacheFirst(event, request) {
  const cache = await caches.open(ASSETS)
  const hit = await cache.match(request, { ignoreVary: true })
  if (hit) return hit
  const response = await fetch(request)
  if (response.status === 200 && response.type === 'basic') {
    event.waitUntil(cache.put(request, response.clone()).then(() => trim(cache, ASSET_LIMIT)))
  }
  return response
}

/**
 * Drops the oldest entries (a cache lists its keys in the order they were stored) among those
 * `counted` (the offline pages kept beside the menus and bookings are never dropped).
 */
async function trim(cache, limit, counted = () => true) {
  const keys = (await cache.keys()).filter((key) => counted(new URL(key.url)))
  await Promise.all(keys.slice(0, Math.max(0, keys.length - limit)).map((key) => cache.delete(key)))
}

/** The language of a site address, or '' outside the localized pages. */
function localeOf(url) {
  const first = url.pathname.split('/')[1]
  return LOCALES.includes(first) ? first : ''
}
