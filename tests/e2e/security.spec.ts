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
