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
