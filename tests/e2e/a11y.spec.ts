import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'

import { bookableDay, nextMonth } from '../support/bookingCalendar'
import { linkInMailbox } from '../support/e2eMail'

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
  // The month calendar, paged on and back: its next month too.
  await nextMonth(page)
  await expectNoViolations(page)
  await page.getByRole('button', { name: 'Previous month' }).click()
  await (await bookableDay(page, 4)).click()
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

test('"find my booking", the manage page’s details forms and the account profile have no WCAG 2.1 AA violations', async ({ page, request }) => {
  await page.goto('/fr/find-booking')
  await expectNoViolations(page)
  await page.getByRole('button', { name: 'Recevoir le lien' }).click()
  await expect(page.locator('#find-reference-error')).toBeVisible()
  await expectNoViolations(page)
  await page.getByLabel('Référence de réservation').fill('K7Q-4MX')
  await page.getByLabel('Adresse e-mail').fill('a11y@example.fr')
  await page.getByRole('button', { name: 'Recevoir le lien' }).click()
  await expect(page.getByTestId('find-booking-done')).toBeVisible()
  await expectNoViolations(page)

  let slot: { startsAt: string } | undefined
  for (let day = 12; !slot && day < 19; day++) {
    const date = new Date(Date.now() + day * 86_400_000).toISOString().slice(0, 10)
    const { slots = [] } = await (await request.get(`/api/restaurants/le-petit-zinc/availability?date=${date}&party=2`)).json()
    slot = slots.find((s: { available: boolean }) => s.available)
  }
  const booked = await request.post('/api/reservations/book', {
    data: { restaurant: 'le-petit-zinc', startsAt: slot!.startsAt, partySize: 2, guest: { name: 'Ada Access', email: 'ada.access@example.com' }, locale: 'en' },
  })
  await page.goto((await booked.json()).manageUrl)
  await page.getByRole('button', { name: 'Correct name or phone' }).click()
  await page.getByLabel('Phone (optional)').fill('12')
  await page.getByRole('button', { name: 'Save my details' }).click()
  await expect(page.locator('#guest-phone-fix-error')).toBeVisible()
  await expectNoViolations(page)
  await page.getByRole('button', { name: 'Back' }).click()
  await page.getByRole('button', { name: 'Change email address' }).click()
  await expectNoViolations(page)

  const email = `a11y.profile.${Date.now()}@example.com`
  await request.post('/api/customers/register', { data: { name: 'Ada Profile', email, password: 'ada-secret-1234', locale: 'en' } })
  await page.goto(await linkInMailbox(email, /\/account\/verify\?token=/))
  await page.goto('/en/account/sign-in?next=%2Fen%2Faccount')
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Password').fill('ada-secret-1234')
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByRole('heading', { name: 'My profile' })).toBeVisible()
  await expectNoViolations(page)
  await page.getByLabel('New password (optional)').fill('another-password')
  await page.getByRole('button', { name: 'Save my profile' }).click()
  await expect(page.locator('#profile-current-password-error')).toBeVisible()
  await expectNoViolations(page)
})
