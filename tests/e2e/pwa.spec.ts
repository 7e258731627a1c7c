import AxeBuilder from '@axe-core/playwright'
import { expect, test, type APIRequestContext, type Page } from '@playwright/test'

// Runs in the phone project (playwright.config.ts): the installed app and offline reading are for phones.

/** A real online booking at the seeded restaurant, a week ahead: its private management address. */
async function upcomingBooking(request: APIRequestContext) {
  const date = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10)
  const { slots } = await (await request.get(`/api/restaurants/le-petit-zinc/availability?date=${date}&party=2`)).json()
  const slot = slots.find((s: { available: boolean }) => s.available)
  const res = await request.post('/api/reservations/book', {
    data: { restaurant: 'le-petit-zinc', startsAt: slot.startsAt, partySize: 2, guest: { name: 'Hors Ligne', email: `offline.${Date.now()}@example.fr` }, locale: 'fr' },
  })
  expect(res.status()).toBe(201)
  const { reference, manageUrl } = (await res.json()) as { reference: string; manageUrl: string }
  return { reference, path: new URL(manageUrl).pathname, date }
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer) {
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG')
  return `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`
}

/** Waits until the service worker is active and the page is under its control. */
async function controlledBy(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready)
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state ?? null)).toBe('activated')
}

/** The addresses the worker keeps for offline reading. */
function keptPaths(page: Page) {
  return page.evaluate(async () => {
    const paths: string[] = []
    for (const name of await caches.keys()) for (const key of await (await caches.open(name)).keys()) paths.push(new URL(key.url).pathname)
    return paths
  })
}

test('the site is installable: its manifest names the app, starts at / and its icons load at their sizes', async ({ page, request }) => {
  await page.goto('/en')
  const href = await page.locator('link[rel="manifest"]').getAttribute('href')
  expect(href).toBe('/en/manifest.webmanifest')
  const res = await request.get(href!)
  expect(res.headers()['content-type']).toContain('application/manifest+json')
  const manifest = await res.json()
  expect(manifest).toMatchObject({ name: expect.stringMatching(/\S/), short_name: expect.stringMatching(/\S/), start_url: '/', scope: '/', display: 'standalone', lang: 'en' })
  expect(manifest.theme_color).toBe(await page.locator('meta[name="theme-color"]').getAttribute('content'))
  const purposes = new Set<string>()
  for (const icon of manifest.icons as Array<{ src: string; sizes: string; type: string; purpose: string }>) {
    const file = await request.get(icon.src)
    expect(file.status(), icon.src).toBe(200)
    expect(file.headers()['content-type']).toBe(icon.type)
    expect(pngSize(await file.body())).toBe(icon.sizes)
    purposes.add(`${icon.purpose} ${icon.sizes}`)
  }
  expect([...purposes].sort()).toEqual(['any 192x192', 'any 512x512', 'maskable 192x192', 'maskable 512x512'])
  const apple = await page.locator('link[rel="apple-touch-icon"]').getAttribute('href')
  expect(pngSize(await (await request.get(apple!)).body())).toBe('180x180')
  // The French pages name the French manifest.
  await page.goto('/fr')
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute('href', '/fr/manifest.webmanifest')
})

test('the offline page reads well in both languages and has no WCAG 2.1 AA violations', async ({ page }) => {
  for (const [path, title] of [['/fr/offline', 'Vous êtes hors ligne'], ['/en/offline', 'You are offline']] as const) {
    await page.goto(path)
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
    expect(violations.map((v) => v.id)).toEqual([])
  }
})

test('offline after one visit, the menu and the upcoming booking still show; other pages say offline; the API is never answered from the cache', async ({ page, context, request }) => {
  const booking = await upcomingBooking(request)

  // The diner opens the menu (the worker installs on this first visit) and their booking.
  await page.goto('/fr/le-petit-zinc/menu')
  const menuPath = new URL(page.url()).pathname
  expect(menuPath).toMatch(/\/menu$/)
  await expect(page.getByRole('heading', { level: 1, name: 'La carte' })).toBeVisible()
  const dish = (await page.locator('.dish__name').first().textContent())!.trim()
  expect(dish).not.toBe('')
  await controlledBy(page)
  await page.goto(booking.path)
  await expect(page.locator('.reference')).toHaveText(booking.reference)
  // While online, the diner's page asks the availability API; it must never be stored.
  const availability = `/api/restaurants/le-petit-zinc/availability?date=${booking.date}&party=2`
  expect(await page.evaluate((url) => fetch(url).then((r) => r.status), availability)).toBe(200)
  // Then the home page in English, the language they read last.
  await page.goto('/en')
  await expect.poll(() => keptPaths(page)).toEqual(expect.arrayContaining([menuPath, booking.path, '/en', '/fr/offline', '/en/offline']))
  expect((await keptPaths(page)).filter((path) => path.startsWith('/api/') && !path.startsWith('/api/media/file/'))).toEqual([])

  await context.setOffline(true)

  // The installed app starts at "/": offline, the home page kept in the language read last.
  await page.goto('/')
  await expect(page.getByRole('heading', { name: 'Our restaurants' })).toBeVisible()

  await page.goto(menuPath)
  await expect(page.getByRole('heading', { level: 1, name: 'La carte' })).toBeVisible()
  await expect(page.getByText(dish).first()).toBeVisible()

  await page.goto(booking.path)
  await expect(page.getByRole('heading', { level: 1, name: 'Votre réservation' })).toBeVisible()
  await expect(page.locator('.reference')).toHaveText(booking.reference)

  // A page never opened: the offline page, in that page's language.
  await page.goto('/en/book')
  await expect(page.getByRole('heading', { level: 1, name: 'You are offline' })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await page.goto('/fr/book')
  await expect(page.getByRole('heading', { level: 1, name: 'Vous êtes hors ligne' })).toBeVisible()

  // The availability the page read online is not served from any cache.
  const offlineAnswer = await page.evaluate((url) => fetch(url).then((r) => `answered ${r.status}`, () => 'failed'), availability)
  expect(offlineAnswer).toBe('failed')

  await context.setOffline(false)
  await page.goto('/fr/book')
  await expect(page.getByRole('heading', { level: 1, name: 'Vous êtes hors ligne' })).toHaveCount(0)
})

test('drafts, the admin and account pages are never kept on the device', async ({ page }) => {
  await page.goto('/fr')
  await controlledBy(page)
  await page.goto('/fr/account/sign-in')
  await page.goto('/fr')
  await expect.poll(() => keptPaths(page)).toContain('/fr')
  expect((await keptPaths(page)).filter((path) => /\/account(\/|$)|^\/admin/.test(path))).toEqual([])
  const marked = await page.request.get('/fr/account/sign-in')
  expect(marked.headers()['x-offline-copy']).toBe('never')
})
