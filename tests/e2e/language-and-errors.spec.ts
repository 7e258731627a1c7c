import { expect, test } from '@playwright/test'

test.describe('an English browser', () => {
  test.use({ locale: 'en-GB' })

  test('that chose French is sent to /fr from / next time', async ({ page, context }) => {
    await page.goto('/')
    await expect(page).toHaveURL(/\/en$/)
    // Reading an English page does not flip the choice through the prefetched French switch.
    await page.waitForLoadState('networkidle')
    expect((await context.cookies()).find((c) => c.name === 'NEXT_LOCALE')?.value).toBe('en')
    await page.getByRole('link', { name: 'Français' }).click()
    await expect(page).toHaveURL(/\/fr$/)
    await expect.poll(async () => (await context.cookies()).find((c) => c.name === 'NEXT_LOCALE')?.value).toBe('fr')
    const cookie = (await context.cookies()).find((c) => c.name === 'NEXT_LOCALE')
    expect(cookie).toMatchObject({ value: 'fr', sameSite: 'Lax', path: '/' })
    expect(cookie!.expires - Date.now() / 1000).toBeGreaterThan(360 * 24 * 3600)

    await page.goto('/')
    await expect(page).toHaveURL(/\/fr$/)
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr')
  })
})

test.describe('a browser without Intl.PluralRules (as Safari 12 was)', () => {
  test.use({ locale: 'en-GB' })

  test('sees the error page in the page’s language, with the site around it, and can try again', async ({ page }) => {
    // The menu counts its dishes with Intl.PluralRules while it renders in the browser.
    await page.addInitScript(() => {
      const saved = Intl.PluralRules
      Object.assign(window, { restorePluralRules: () => Object.assign(Intl, { PluralRules: saved }) })
      Reflect.deleteProperty(Intl, 'PluralRules')
    })
    await page.goto('/en/menu')
    await expect(page.getByRole('heading', { level: 1, name: 'Something went wrong' })).toBeVisible()
    await expect(page.locator('.error-notice')).not.toContainText(/PluralRules|TypeError|undefined|at /)
    await expect(page.getByRole('link', { name: 'Back to the home page' })).toHaveAttribute('href', '/en')
    await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible()

    await page.evaluate(() => (window as unknown as { restorePluralRules: () => void }).restorePluralRules())
    await page.getByRole('button', { name: 'Try again' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Menu' })).toBeVisible()
    await expect(page.getByRole('heading', { name: 'Something went wrong' })).toHaveCount(0)
  })

  test('reads it in French on a French page', async ({ page }) => {
    await page.addInitScript(() => Reflect.deleteProperty(Intl, 'PluralRules'))
    await page.goto('/fr/menu')
    await expect(page.getByRole('heading', { level: 1, name: 'Un problème est survenu' })).toBeVisible()
    await expect(page.getByRole('button', { name: 'Réessayer' })).toBeVisible()
    await expect(page.getByRole('link', { name: "Retour à l'accueil" })).toHaveAttribute('href', '/fr')
  })
})
