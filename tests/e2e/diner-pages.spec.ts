import AxeBuilder from '@axe-core/playwright'
import { devices, expect, test, type APIRequestContext, type Page } from '@playwright/test'

// Diners mostly use their phone.
test.use({ ...devices['Pixel 7'], locale: 'fr-FR' })

async function expectNoViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
}

/** A real online booking at the seeded restaurant, at the first free time a week from now. */
async function bookWithEmail(request: APIRequestContext, email: string) {
  const date = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10)
  const { slots } = await (await request.get(`/api/restaurants/le-petit-zinc/availability?date=${date}&party=2`)).json()
  const slot = slots.find((s: { available: boolean }) => s.available)
  const res = await request.post('/api/reservations/book', {
    data: { restaurant: 'le-petit-zinc', startsAt: slot.startsAt, partySize: 2, guest: { name: 'Camille Compte', email }, locale: 'fr' },
  })
  expect(res.status()).toBe(201)
  return (await res.json()) as { reference: string }
}

test('on a phone, a diner finds their booking in their account and opens it, on pages with no WCAG violations', async ({ page, request }) => {
  const email = `camille.${Date.now()}@example.fr`
  const { reference } = await bookWithEmail(request, email)

  await page.goto('/fr/account/sign-in')
  await expect(page.getByRole('heading', { level: 1, name: 'Se connecter' })).toBeVisible()
  await expectNoViolations(page)
  await page.getByRole('link', { name: 'Continuer avec TechPlus ID' }).click()
  await page.locator('input[name="login"]').fill(email)
  await page.locator('input[name="password"]').fill('anything')
  await page.getByRole('button', { name: 'Sign-in' }).click()
  await page.getByRole('button', { name: 'Continue' }).click()

  await expect(page).toHaveURL(/\/fr\/account$/)
  await expect(page.getByRole('heading', { name: 'À venir' })).toBeVisible()
  await expect(page.getByText(reference)).toBeVisible()
  await expectNoViolations(page)
  await page.getByRole('link', { name: `Gérer ${reference}` }).click()
  await expect(page).toHaveURL(/\/fr\/reservation\//)
  await expect(page.locator('.reference')).toHaveText(reference)
})

test('the register and forgotten-password pages have no WCAG violations', async ({ page }) => {
  for (const path of ['/fr/account/register', '/en/account/forgot']) {
    await page.goto(path)
    await expectNoViolations(page)
  }
})
