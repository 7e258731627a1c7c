import { expect, test, type Page } from '@playwright/test'

async function signIn(page: Page, email: string, password: string) {
  await page.goto('/admin/login')
  await page.getByLabel(/email/i).fill(email)
  await page.getByLabel(/password|mot de passe/i).fill(password)
  await page.getByRole('button', { name: /login|connexion/i }).click()
  await expect(page).toHaveURL(/\/admin\/?$/)
}

test.use({ locale: 'en-GB' })

test('the seeded admin signs in and finds restaurants, reservations and the menu', async ({ page }) => {
  await signIn(page, 'admin@techplus.test', 'techplus-admin')
  await expect(page.getByRole('link', { name: /Restaurants/ }).first()).toBeVisible()
  await expect(page.getByRole('link', { name: /Reservations/ }).first()).toBeVisible()
  await expect(page.getByRole('link', { name: /Dishes/ }).first()).toBeVisible()
  await page.goto('/admin/collections/restaurants')
  await expect(page.getByRole('link', { name: 'Le Petit Zinc' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'La Cantine du Port' })).toBeVisible()
})

test("a host sees only their restaurant's reservations", async ({ page }) => {
  await signIn(page, 'host@techplus.test', 'techplus-host')
  await page.goto('/admin/collections/reservations?limit=100')
  const rows = page.locator('table tbody tr')
  await expect(rows.first()).toBeVisible()
  expect(await rows.count()).toBeGreaterThan(5)
  await expect(page.locator('table tbody')).not.toContainText('La Cantine du Port')
})

test('a wrong password is refused with a message, not an error page', async ({ page }) => {
  await page.goto('/admin/login')
  await page.getByLabel(/email/i).fill('host@techplus.test')
  await page.getByLabel(/password/i).fill('not-the-password')
  await page.getByRole('button', { name: /login/i }).click()
  await expect(page.getByText(/incorrect|invalid/i)).toBeVisible()
  await expect(page).toHaveURL(/\/admin\/login/)
})

test('an owner changes a dish in the admin and the menu shows it on the next visit', async ({ page }) => {
  await signIn(page, 'owner@techplus.test', 'techplus-owner')
  const found = await page.request.get('/api/menu-items?where[slug][equals]=riz-au-lait&depth=0')
  const dish = (await found.json()).docs[0]
  await page.goto('/en/menu')
  const card = page.locator('.dish', { hasText: 'Rice pudding' })
  await expect(card).toBeVisible()
  const newPrice = dish.price + 1.5
  await page.goto(`/admin/collections/menu-items/${dish.id}`)
  await page.getByLabel('Price').fill(String(newPrice))
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByText(/updated successfully/i)).toBeVisible()
  await page.goto('/en/menu')
  await expect(card.locator('.dish__price')).toHaveText(new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR' }).format(newPrice))
})

test('the service dashboard is for signed-in staff; a host seats the party that just arrived', async ({ page, request }) => {
  const anonymous = await page.goto('/admin/service')
  await expect(page).toHaveURL(/\/admin\/login/)
  expect(anonymous?.status()).toBeLessThan(500)

  // A party arriving in 20 minutes, booked by the owner on the phone (forced past today's rules: the demo may be closed today).
  // Just before midnight in Paris, "in 20 minutes" is tomorrow: then the party arrived 10 minutes ago instead.
  const parisDay = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(d)
  const soon = new Date(Date.now() + 20 * 60_000)
  const sameDay = parisDay(soon) === parisDay(new Date())
  // (The `request` fixture has its own cookies: the browser stays signed out until the host signs in.)
  const login = await request.post('/api/users/login', { data: { email: 'owner@techplus.test', password: 'techplus-owner' } })
  const headers = { Authorization: `JWT ${(await login.json()).token}` }
  const zinc = (await (await request.get('/api/restaurants?where[slug][equals]=le-petit-zinc&depth=0')).json()).docs[0]
  const created = await request.post('/api/reservations', {
    headers,
    data: {
      restaurant: zinc.id,
      startsAt: (sameDay ? soon : new Date(Date.now() - 10 * 60_000)).toISOString(),
      partySize: 3,
      guestName: 'Arrivée Imminente',
      source: 'phone',
      status: 'confirmed',
      overrideRules: true,
      overrideReason: 'Regulars, squeezed in',
    },
  })
  expect(created.ok(), await created.text()).toBe(true)
  const reference = (await created.json()).doc.reference

  await signIn(page, 'host@techplus.test', 'techplus-host')
  await expect(page.getByRole('link', { name: "Today's service" })).toHaveAttribute('href', '/admin/service')
  await page.goto('/admin/service')
  await expect(page.getByRole('heading', { name: "Today's service — Le Petit Zinc" })).toBeVisible()
  if (sameDay) await expect(page.getByTestId('arriving')).toContainText('Arrivée Imminente')
  const row = page.getByTestId('service-booking').filter({ hasText: reference })
  await row.getByRole('button', { name: 'Seat' }).click()
  await expect(row.getByTestId('service-status')).toHaveText('seated')
  await expect(page.getByTestId('seated')).toContainText('Arrivée Imminente')
})
