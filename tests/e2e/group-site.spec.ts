import { expect, test, type Browser, type Page } from '@playwright/test'

import { signIn } from '../support/adminSignIn'
import { dayCell } from '../support/bookingCalendar'

/**
 * One site, two restaurants (phone project): a diner finds La Cantine du Port from the group home and
 * books it in English; another books Le Petit Zinc in French through its old short URL; each booking
 * reaches its own restaurant's staff and nobody else's.
 */

/** The first day with a free table for two at the restaurant, at least `ahead` days from today. */
async function freeDay(page: Page, restaurant: string, ahead = 8): Promise<string> {
  const day = (offset: number) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date(Date.now() + offset * 86_400_000))
  const response = await page.request.get(`/api/restaurants/${restaurant}/availability?from=${day(ahead)}&to=${day(ahead + 14)}&party=2`)
  expect(response.ok()).toBe(true)
  const { days } = (await response.json()) as { days: Array<{ date: string; available: boolean }> }
  const free = days.find((d) => d.available)
  expect(free, `a free day at ${restaurant}`).toBeTruthy()
  return free!.date
}

async function fillAndConfirm(page: Page, t: { continue: string; confirm: string; booked: string }, name: string, email: string): Promise<string> {
  const slot = page.locator('.slot').first()
  await expect(slot).toBeVisible()
  await slot.click()
  await page.getByRole('button', { name: t.continue }).click()
  await page.locator('#guest-name').fill(name)
  await page.locator('#guest-email').fill(email)
  await page.getByRole('button', { name: t.confirm }).click()
  await expect(page.getByText(t.booked)).toBeVisible()
  return (await page.locator('.reference').textContent())!.trim()
}

/** The references a staff member finds in the admin's reservations list. */
async function referencesSeenBy(browser: Browser, email: string, password: string, references: string[]): Promise<string[]> {
  const context = await browser.newContext({ locale: 'en-GB' })
  const page = await context.newPage()
  await signIn(page, email, password)
  const seen: string[] = []
  for (const reference of references) {
    await page.goto(`/admin/collections/reservations?search=${encodeURIComponent(reference)}`)
    await expect(page.locator('.collection-list, .list-controls').first()).toBeVisible()
    const row = page.locator('table tbody tr', { hasText: reference })
    // Either the row shows or the list says it found nothing: wait for one of them.
    await expect(row.or(page.getByText(/No Reservations found|No results/i)).first()).toBeVisible()
    if (await row.count()) seen.push(reference)
  }
  await context.close()
  return seen
}

test('two diners book the two restaurants of the group, and each booking reaches only its restaurant', async ({ page, browser }) => {
  // An English diner starts on the group home and opens La Cantine du Port.
  await page.goto('/en')
  const cards = page.locator('.restaurant-card')
  // Both seeded restaurants are listed (other specs may add one to the shared database).
  await expect(cards.filter({ hasText: 'Le Petit Zinc' })).toHaveCount(1)
  const cantine = cards.filter({ hasText: 'La Cantine du Port' })
  await expect(cantine).toContainText('Fish and seafood')
  await expect(cantine).toContainText('Marseille')
  await expect(cantine.locator('.restaurant-card__times')).toHaveText(/\d{2}:\d{2}/)
  await cantine.getByRole('link', { name: 'La Cantine du Port', exact: true }).click()
  await expect(page).toHaveURL(/\/en\/la-cantine-du-port$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('La Cantine du Port')

  // Its menu, from its own bar.
  await page.getByRole('navigation', { name: 'La Cantine du Port pages' }).getByRole('link', { name: 'Menu' }).click()
  await expect(page).toHaveURL(/\/en\/la-cantine-du-port\/menu$/)
  await expect(page.getByRole('heading', { name: 'Pollack from the plancha' })).toBeVisible()
  await expect(page.getByText('Boeuf bourguignon')).toHaveCount(0)

  // The header's booking button books here; the diner pages the month calendar to a day 45 days ahead.
  const book = page.locator('.site-header').getByRole('link', { name: 'Book a table' })
  await expect(book).toHaveAttribute('href', '/en/la-cantine-du-port/book')
  await book.click()
  await expect(page).toHaveURL(/\/en\/la-cantine-du-port\/book$/)
  await expect(page.getByRole('heading', { level: 1 })).toContainText('La Cantine du Port')
  const cantineDay = await freeDay(page, 'la-cantine-du-port', 45)
  await (await dayCell(page, cantineDay)).click()
  const en = { continue: 'Continue', confirm: 'Confirm the booking', booked: 'Your table is booked' }
  const cantineReference = await fillAndConfirm(page, en, 'Emma Thompson', 'emma.group@example.co.uk')

  // A French diner uses Le Petit Zinc's old short booking URL: it has moved, permanently, query and all.
  const diner = await browser.newContext({ locale: 'fr-FR', ...{ viewport: page.viewportSize()!, isMobile: true, hasTouch: true } })
  const french = await diner.newPage()
  const zincDay = await freeDay(french, 'le-petit-zinc')
  const moved = await french.request.get(`/fr/book?date=${zincDay}&party=2`, { maxRedirects: 0 })
  expect(moved.status()).toBe(308)
  expect(moved.headers().location).toBe(`/fr/le-petit-zinc/book?date=${zincDay}&party=2`)
  await french.goto(`/fr/book?date=${zincDay}&party=2`)
  await expect(french).toHaveURL(new RegExp(`/fr/le-petit-zinc/book\\?date=${zincDay}&party=2$`))
  await expect(french.getByRole('heading', { level: 1 })).toContainText('Le Petit Zinc')
  const fr = { continue: 'Continuer', confirm: 'Confirmer la réservation', booked: 'Votre table est réservée' }
  const zincReference = await fillAndConfirm(french, fr, 'Lucie Martin', 'lucie.group@example.fr')
  await diner.close()

  // Le Petit Zinc's owner sees the French booking only; La Cantine's host the English one only.
  const both = [cantineReference, zincReference]
  expect(await referencesSeenBy(browser, 'owner@techplus.test', 'techplus-owner', both)).toEqual([zincReference])
  expect(await referencesSeenBy(browser, 'host@cantine.test', 'techplus-host', both)).toEqual([cantineReference])
})

test("Le Petit Zinc's short URLs move permanently to its pages in the group", async ({ request }) => {
  for (const [from, to] of [
    ['/fr/menu', '/fr/le-petit-zinc/menu'],
    ['/en/about', '/en/le-petit-zinc/about'],
    ['/fr/contact', '/fr/le-petit-zinc/contact'],
  ]) {
    const response = await request.get(from!, { maxRedirects: 0 })
    expect([from, response.status()]).toEqual([from, 308])
    expect(response.headers().location).toBe(to)
  }
})

test('each restaurant’s pages tell search engines where they are, in both languages', async ({ page, request }) => {
  await page.goto('/en/la-cantine-du-port/menu')
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/en\/la-cantine-du-port\/menu$/)
  await expect(page.locator('link[rel="alternate"][hreflang="fr"]')).toHaveAttribute('href', /\/fr\/la-cantine-du-port\/menu$/)
  const menu = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent())!)
  expect(menu).toMatchObject({ '@type': 'Menu', url: expect.stringMatching(/\/en\/la-cantine-du-port\/menu$/) })

  await page.goto('/fr/la-cantine-du-port')
  const restaurant = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent())!)
  expect(restaurant).toMatchObject({
    '@type': 'Restaurant',
    name: 'La Cantine du Port',
    servesCuisine: 'Poissons et fruits de mer',
    url: expect.stringMatching(/\/fr\/la-cantine-du-port$/),
    hasMenu: expect.stringMatching(/\/fr\/la-cantine-du-port\/menu$/),
    acceptsReservations: expect.stringMatching(/\/fr\/la-cantine-du-port\/book$/),
  })

  await page.goto('/en')
  const group = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent())!)
  expect(group['@type']).toBe('Organization')
  expect(group.subOrganization.map((r: { name: string }) => r.name)).toEqual(expect.arrayContaining(['La Cantine du Port', 'Le Petit Zinc']))

  const sitemap = await (await request.get('/sitemap.xml')).text()
  for (const path of ['/fr/le-petit-zinc/menu', '/fr/la-cantine-du-port/menu', '/fr/la-cantine-du-port/about', '/fr/le-petit-zinc/book']) {
    expect(sitemap).toContain(`${path}</loc>`)
  }
  expect(sitemap).toMatch(/hreflang="en"\s+href="[^"]*\/en\/la-cantine-du-port\/about"/)
})
