import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'

async function expectNoViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
}

// The group home, then each restaurant's home, menu and pages (Le Petit Zinc's short URLs redirect to these).
for (const path of ['/fr', '/en', '/fr/le-petit-zinc', '/en/la-cantine-du-port', '/fr/le-petit-zinc/menu', '/en/la-cantine-du-port/menu', '/en/le-petit-zinc/about', '/fr/le-petit-zinc/contact', '/fr/la-cantine-du-port/contact']) {
  test(`${path} has no WCAG 2.1 AA violations`, async ({ page }) => {
    await page.goto(path)
    await expectNoViolations(page)
  })
}

test('every step of the booking wizard and the manage page have no WCAG 2.1 AA violations', async ({ page }) => {
  await page.goto('/en/le-petit-zinc/book')
  await expect(page.locator('.day[data-available="true"]').first()).toBeVisible()
  await expectNoViolations(page)
  await page.locator('.day[data-available="true"]').nth(4).click()
  await page.locator('.slot').first().click()
  await expectNoViolations(page)
  await page.getByRole('button', { name: 'Continue' }).click()
  await page.getByRole('button', { name: 'Confirm the booking' }).click()
  await expect(page.locator('#guest-name-error')).toBeVisible()
  await expectNoViolations(page)
  await page.locator('#guest-name').fill('Ada Lovelace')
  await page.locator('#guest-email').fill('ada@example.com')
  await page.getByRole('button', { name: 'Confirm the booking' }).click()
  await expect(page.locator('.reference')).toBeVisible()
  await expectNoViolations(page)
  await page.getByRole('link', { name: 'Change or cancel' }).click()
  await expect(page.locator('.reference')).toBeVisible()
  await expectNoViolations(page)
  await page.getByRole('button', { name: 'Cancel the booking' }).click()
  await expectNoViolations(page)
})
