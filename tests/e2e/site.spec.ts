import { expect, test } from '@playwright/test'

test.describe('a browser set to French', () => {
  test.use({ locale: 'fr-FR' })

test('lands on the French group home, then the bistro with its hours and dishes', async ({ page }) => {
  await page.goto('/')
  await expect(page).toHaveURL(/\/fr$/)
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  // Both seeded restaurants (other specs may add more to the shared database).
  for (const name of ['Le Petit Zinc', 'La Cantine du Port']) await expect(page.locator('.restaurant-card').filter({ hasText: name })).toHaveCount(1)
  await page.locator('.restaurant-card').getByRole('link', { name: 'Le Petit Zinc', exact: true }).click()
  await expect(page).toHaveURL(/\/fr\/le-petit-zinc$/)
  await expect(page.getByRole('heading', { name: "Horaires d'ouverture" })).toBeVisible()
  await expect(page.getByText(/Déjeuner 12:00–14:30/).first()).toBeVisible()
  const dishes = page.locator('.dish')
  await expect(dishes.first()).toBeVisible()
  expect(await dishes.count()).toBeGreaterThanOrEqual(4)
  // Dish photos come through next/image: optimised, with alternative text.
  const img = dishes.first().locator('img')
  await expect(img).toHaveAttribute('src', /\/_next\/image\?url=%2Fapi%2Fmedia%2Ffile/)
  await expect(img).toHaveAttribute('alt', /.+/)
  await img.scrollIntoViewIfNeeded()
  await expect(img).toHaveJSProperty('complete', true)
  expect(await img.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBeGreaterThan(0)
})
})

test.describe('a browser set to English', () => {
  test.use({ locale: 'en-GB' })

test('is sent to /en and can switch to French', async ({ page }) => {
  await page.goto('/')
  await expect(page).toHaveURL(/\/en$/)
  await expect(page.getByRole('heading', { name: 'Our restaurants' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Book a table' }).first()).toBeVisible()
  await page.getByRole('link', { name: 'Français' }).click()
  await expect(page).toHaveURL(/\/fr$/)
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr')
})

test('switches language on the same page, deep inside a restaurant', async ({ page }) => {
  await page.goto('/en/la-cantine-du-port/about')
  await expect(page.getByRole('heading', { name: 'Our story' })).toBeVisible()
  await page.getByRole('link', { name: 'Français' }).click()
  await expect(page).toHaveURL(/\/fr\/la-cantine-du-port\/about$/)
  await expect(page.getByRole('heading', { name: 'Notre histoire' })).toBeVisible()
})
})

test('the about page tells the story with a captioned photo gallery', async ({ page }) => {
  await page.goto('/en/le-petit-zinc/about')
  const gallery = page.getByRole('region', { name: 'In pictures' })
  await expect(gallery.getByRole('heading', { name: 'In pictures' })).toBeVisible()
  const photos = gallery.locator('figure')
  await expect(photos).toHaveCount(6)
  await expect(photos.first().locator('img')).toHaveAttribute('alt', /.+/)
  await expect(gallery.getByText('The open kitchen', { exact: true })).toBeVisible()
})

test('keyboard users can skip straight to the content', async ({ page }) => {
  await page.goto('/fr')
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: 'Aller au contenu' })
  await expect(skip).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/#main$/)
})

test('an unknown language is a 404, not an error page', async ({ page }) => {
  const response = await page.goto('/de')
  expect(response?.status()).toBe(404)
})

test('a restaurant’s hero photo arrives with the page on a phone, and as a sized image on a wide screen', async ({ page }) => {
  const heroSource = async () => {
    const hero = page.locator('.hero img')
    await expect(hero).toHaveAttribute('alt', /.+/)
    // Loaded and decoded, from whichever source the browser chose for this width.
    await expect.poll(() => hero.evaluate((el: HTMLImageElement) => (el.complete ? el.naturalWidth : 0))).toBeGreaterThan(0)
    return hero.evaluate((el: HTMLImageElement) => el.currentSrc)
  }
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto('/fr/le-petit-zinc')
  expect(await heroSource()).toMatch(/^data:image\/webp;base64,/)
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.reload()
  expect(await heroSource()).toMatch(/\/_next\/image\?url=%2Fapi%2Fmedia%2Ffile%2F.+&w=\d+/)
})
