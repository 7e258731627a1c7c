import { expect, test } from '@playwright/test'

const scriptSrcOf = (policy: string) => policy.split(';').find((d) => d.trim().startsWith('script-src'))!

test('the site’s pages, served from the cache, allow exactly their own scripts by hash; the admin keeps a fresh nonce', async ({ page, request }) => {
  const violations: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to (execute|load)/i.test(message.text())) violations.push(message.text())
  })
  await request.get('/fr/le-petit-zinc/menu') // the second visit below is served from the cache
  const response = (await page.goto('/fr/le-petit-zinc/menu'))!
  const headers = response.headers()
  expect(headers['x-nextjs-cache']).toMatch(/HIT|STALE/)
  const policy = headers['content-security-policy']!
  const scriptSrc = scriptSrcOf(policy)
  expect(scriptSrc).toContain("'strict-dynamic'")
  expect(scriptSrc).not.toContain("'unsafe-inline'")
  expect(scriptSrc).not.toMatch(/'nonce-/)
  expect(policy).toContain("frame-ancestors 'self'")
  expect(policy).toContain("object-src 'none'")
  expect(headers).toMatchObject({
    'x-frame-options': 'SAMEORIGIN',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'strict-origin-when-cross-origin',
  })
  expect(headers['permissions-policy']).toContain('camera=()')

  // Every script of the page is allowed by its hash: inline ones by their text, files by their integrity.
  const scripts = await page
    .locator('script:not([type="application/ld+json"])')
    .evaluateAll((list) => list.map((s) => ({ src: (s as HTMLScriptElement).src, integrity: (s as HTMLScriptElement).integrity, text: s.textContent ?? '' })))
  expect(scripts.length).toBeGreaterThan(3)
  for (const script of scripts) {
    const hash = script.src ? script.integrity : await page.evaluate(async (text) => {
      const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))
      return `sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}`
    }, script.text)
    expect(scriptSrc, script.src || script.text.slice(0, 60)).toContain(`'${hash}'`)
  }
  // The page works: its scripts ran (the dish filters answer).
  await page.getByRole('button', { name: /végétarien/i }).first().click()
  await expect(page.getByRole('button', { name: /végétarien/i }).first()).toHaveAttribute('aria-pressed', 'true')

  // The wizard (rendered per visit) and the admin run under their policies without a single refusal.
  await page.goto('/fr/book')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  const admin = (await page.goto('/admin/login'))!.headers()['content-security-policy']!
  await expect(page.getByLabel(/email/i)).toBeVisible()
  const nonce = scriptSrcOf(admin).match(/'nonce-([^']+)'/)![1]
  expect((await request.get('/admin/login')).headers()['content-security-policy']).not.toContain(nonce)
  expect(violations).toEqual([])
})

test('a script slipped into a cached page is refused, and the page’s own still run', async ({ page }) => {
  const refusals: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) refusals.push(message.text())
  })
  // What a flaw letting content write HTML would produce: the same page, one more inline script.
  await page.route('**/fr/le-petit-zinc/about', async (route) => {
    const response = await route.fetch()
    await route.fulfill({ response, body: (await response.text()).replace('</main>', '<script>window.__slipped = true</script></main>') })
  })
  await page.goto('/fr/le-petit-zinc/about')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  expect(await page.evaluate(() => (window as unknown as { __slipped?: boolean }).__slipped)).toBeUndefined()
  expect(refusals.length).toBeGreaterThan(0)
  // Next's own scripts were allowed: the client router took over the page.
  expect(await page.evaluate(() => Array.isArray((window as unknown as { __next_f?: unknown[] }).__next_f))).toBe(true)
})

test('API answers carry the security headers too', async ({ request }) => {
  const response = await request.get('/api/restaurants?limit=1')
  expect(response.headers()['x-content-type-options']).toBe('nosniff')
  expect(response.headers()['x-frame-options']).toBe('SAMEORIGIN')
})

test('a cookie sent from another site does not act as the staff member (CSRF)', async ({ page, request }) => {
  await page.goto('/admin/login')
  await page.getByLabel(/email/i).fill('host@techplus.test')
  await page.getByLabel(/password|mot de passe/i).fill('techplus-host')
  await page.getByRole('button', { name: /login|connexion/i }).click()
  await expect(page).toHaveURL(/\/admin\/?$/)
  const cookie = (await page.context().cookies()).find((c) => c.name === 'payload-token')!
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax' })
  const headers = { Cookie: `payload-token=${cookie.value}` }
  const ours = await request.get('/api/users/me', { headers: { ...headers, Origin: new URL(page.url()).origin } })
  expect((await ours.json()).user?.email).toBe('host@techplus.test')
  const theirs = await request.get('/api/users/me', { headers: { ...headers, Origin: 'https://evil.example' } })
  expect((await theirs.json()).user).toBeNull()
})

test('the admin loads nothing from another origin and the CSP refuses nothing: dashboard, a collection list, the account page', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin
  const requests: string[] = []
  const refusals: string[] = []
  page.on('request', (request) => requests.push(request.url()))
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) refusals.push(message.text())
  })
  // A refused load sends no request, so the browser's own violation events are counted too.
  await page.addInitScript(() => {
    const seen: string[] = ((window as unknown as { __cspViolations: string[] }).__cspViolations = [])
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`))
  })

  await page.goto('/admin/login')
  await page.getByLabel(/email/i).fill('admin@techplus.test')
  await page.getByLabel(/password|mot de passe/i).fill('techplus-admin')
  await page.getByRole('button', { name: /login|connexion/i }).click()
  await expect(page).toHaveURL(/\/admin\/?$/)

  for (const path of ['/admin', '/admin/collections/reservations', '/admin/account']) {
    await page.goto(path)
    await page.waitForLoadState('networkidle')
    // The avatar in the header is drawn in the page (an SVG), not fetched from anyone.
    const account = page.locator('a.app-header__account')
    await expect(account.locator('svg.graphic-account')).toBeVisible()
    await expect(account.locator('img')).toHaveCount(0)
    // Nothing in the page points at another origin either (images, scripts, styles, frames).
    const sources = await page
      .locator('img[src], script[src], link[href][rel~="stylesheet"], link[href][rel~="preload"], iframe[src], source[src]')
      .evaluateAll((elements) => elements.map((element) => (element as HTMLImageElement).src || (element as HTMLLinkElement).href))
    expect(sources.filter((url) => /^https?:/.test(url) && new URL(url).origin !== origin), `${path}: elements loading from elsewhere`).toEqual([])
    expect(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations), `${path}: CSP violations`).toEqual([])
  }

  const foreign = requests.filter((url) => /^(https?|wss?):/.test(url) && new URL(url).origin !== origin)
  expect(foreign, 'requests to another origin').toEqual([])
  expect(requests.length).toBeGreaterThan(10)
  expect(refusals).toEqual([])
})
