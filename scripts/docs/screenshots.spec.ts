import path from 'node:path'

import { expect, test, type Locator, type Page } from '@playwright/test'
import sharp from 'sharp'

/**
 * Every image of the user guide (docs/guide/<language>/images), taken from the seeded demo as its
 * owner sees it, in French and in English. Names are fixed: the guide refers to exactly these files
 * (tests/unit/guide.test.ts checks both ways).
 *
 * Stability: the demo's bookings are seeded relative to the day the script runs, so each run shows the
 * same service, floor and figures; only the dates written on screen follow the calendar. The browser
 * runs in Paris time at a fixed size (1280 × 800, the smallest desktop; the staff screens are also
 * laid out for tablets), with animations and the caret off, and each shot waits for its data.
 * WebP (quality 72) through sharp keeps each image around 30–80 kB.
 */

const OWNER = { email: 'owner@techplus.test', password: 'techplus-owner' }

const WORDS = {
  fr: { locale: 'fr-FR', newBooking: 'Nouvelle réservation', hours: "Horaires d'ouverture", exceptions: 'Fermetures et horaires spéciaux', deposits: 'Acomptes et annulation', cancellation: 'Annulation' },
  en: { locale: 'en-GB', newBooking: 'New booking', hours: 'Opening hours', exceptions: 'Closures and special hours', deposits: 'Deposits & cancellation', cancellation: 'Cancellation' },
} as const

async function save(page: Page, language: string, name: string, target?: Locator) {
  const png = await (target ?? page).screenshot({ animations: 'disabled', caret: 'hide', scale: 'css' })
  const file = path.resolve('docs/guide', language, 'images', `${name}.webp`)
  await sharp(png).webp({ quality: 72, effort: 6 }).toFile(file)
}

async function signIn(page: Page) {
  await page.goto('/admin/login')
  await page.getByLabel(/e-?mail/i).fill(OWNER.email)
  await page.getByLabel(/mot de passe|password/i).fill(OWNER.password)
  await page.getByRole('button', { name: /se connecter|connexion|login/i }).click()
  await expect(page).toHaveURL(/\/admin\/?$/)
}

/**
 * A tab of the restaurant's form, still open after the page has settled. Payload reopens the tab last
 * used (a preference of the user, loaded after the form shows), and a click before the form is
 * hydrated is lost: click until the tab shows its fields and stays.
 */
async function openTab(page: Page, name: string, shows: string) {
  await page.waitForLoadState('networkidle')
  const active = page.locator('.tabs-field__tab-button--active')
  await expect(async () => {
    if ((await active.allInnerTexts()).join() !== name) await page.getByRole('button', { name, exact: true }).click()
    await expect(active).toHaveText([name], { timeout: 1_000 })
    await expect(page.getByText(shows, { exact: true }).first()).toBeVisible({ timeout: 1_000 })
    await page.waitForTimeout(1_000)
    await expect(active).toHaveText([name], { timeout: 100 })
  }).toPass({ timeout: 45_000 })
}

/** Payload's toasts and our "updated" stamps fade; a moment lets the last render settle. */
const settle = (page: Page) => page.waitForTimeout(800)

for (const language of ['fr', 'en'] as const) {
  const words = WORDS[language]
  test.describe(`the guide's screenshots (${language})`, () => {
    test.use({ locale: words.locale, timezoneId: 'Europe/Paris', viewport: { width: 1280, height: 800 }, colorScheme: 'light' })

    test(`every image of the ${language} guide`, async ({ page, request }) => {
      const login = await request.post('/api/users/login', { data: OWNER })
      const headers = { Authorization: `JWT ${(await login.json()).token}` }
      const zinc = (await (await request.get('/api/restaurants?where[slug][equals]=le-petit-zinc&limit=1&depth=0', { headers })).json()).docs[0]

      await signIn(page)
      // The content's language too (service names, the policy's text): Payload keeps it as a preference.
      await page.goto(`/admin?locale=${language}`)
      await expect(page.getByTestId('covers-outlook')).toBeVisible()
      await expect(page.getByTestId('outlook-week')).toContainText(/\d/)
      await settle(page)
      await save(page, language, 'staff-home')

      await page.goto('/admin/service')
      await expect(page.getByTestId('covers-today')).toBeVisible()
      await settle(page)
      await save(page, language, 'service-board')

      await page.getByRole('button', { name: words.newBooking, exact: true }).click()
      const drawer = page.getByRole('dialog', { name: words.newBooking })
      await expect(drawer).toBeVisible()
      await expect(drawer.getByTestId('drawer-times')).toBeVisible()
      await settle(page)
      await save(page, language, 'new-booking')

      await page.goto('/admin/calendar')
      await expect(page.locator('[data-testid^="timeline-row-"]').first()).toBeVisible()
      await settle(page)
      await save(page, language, 'calendar-day')

      await page.goto('/admin/floor')
      await expect(page.getByTestId('floor-table-T1')).toBeVisible()
      await settle(page)
      await save(page, language, 'floor-plan')

      await page.goto('/admin/collections/reservations')
      await expect(page.locator('table tbody tr').first()).toBeVisible()
      await settle(page)
      await save(page, language, 'reservations-list')

      await page.goto(`/admin/collections/restaurants/${zinc.id}`)
      await openTab(page, words.hours, words.exceptions)
      await save(page, language, 'restaurant-hours')

      await openTab(page, words.deposits, words.cancellation)
      await save(page, language, 'restaurant-deposits')

      await page.goto('/admin/analytics')
      await expect(page.getByTestId('kpi-covers')).toBeVisible()
      await expect(page.getByTestId('chart-weekday')).toBeVisible()
      // recharts draws its bars with a JavaScript animation (about a second), which `animations` does not stop.
      await page.waitForTimeout(2000)
      await save(page, language, 'analytics')

      await page.goto('/admin/collections/users')
      await expect(page.locator('table tbody tr').first()).toBeVisible()
      await settle(page)
      await save(page, language, 'team')
    })
  })
}
