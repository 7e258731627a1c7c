import { expect, test } from '@playwright/test'

test('pages carry a nonce-based Content-Security-Policy that every script obeys, and the security headers', async ({ page }) => {
  const violations: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to (execute|load)/i.test(message.text())) violations.push(message.text())
  })
  const response = (await page.goto('/fr'))!
  const headers = response.headers()
  const policy = headers['content-security-policy']!
  const scriptSrc = policy.split(';').find((d) => d.trim().startsWith('script-src'))!
  expect(scriptSrc).toMatch(/'nonce-[A-Za-z0-9+/=]+'/)
  expect(scriptSrc).toContain("'strict-dynamic'")
  expect(scriptSrc).not.toContain("'unsafe-inline'")
  expect(policy).toContain("frame-ancestors 'self'")
  expect(policy).toContain("object-src 'none'")
  expect(headers).toMatchObject({
    'x-frame-options': 'SAMEORIGIN',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'strict-origin-when-cross-origin',
  })
  expect(headers['permissions-policy']).toContain('camera=()')

  // Every executable script carries this response's nonce; a second visit gets another one.
  const nonce = scriptSrc.match(/'nonce-([^']+)'/)![1]
  const scripts = await page.locator('script:not([type="application/ld+json"])').evaluateAll((list) => list.map((s) => (s as HTMLScriptElement).nonce))
  expect(scripts.length).toBeGreaterThan(0)
  for (const seen of scripts) expect(seen).toBe(nonce)
  const again = (await page.goto('/fr/menu'))!.headers()['content-security-policy']!
  expect(again).not.toContain(nonce)

  // The wizard and the admin run under the policy without a single refusal.
  await page.goto('/fr/book')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await page.goto('/admin/login')
  await expect(page.getByLabel(/email/i)).toBeVisible()
  expect(violations).toEqual([])
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
