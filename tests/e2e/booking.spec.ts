import { expect, test, type Page } from '@playwright/test'

import { bookableDay } from '../support/bookingCalendar'

const TEXT = {
  fr: { continue: 'Continuer', confirm: 'Confirmer la réservation', name: 'Nom', email: 'E-mail', booked: 'Votre table est réservée', manage: 'Modifier ou annuler', change: 'Modifier', save: 'Enregistrer la modification', saved: 'C’est modifié.', cancel: 'Annuler la réservation', yes: 'Oui, annuler', cancelled: 'Annulée', free: /Annulation gratuite jusqu’au/ },
  en: { continue: 'Continue', confirm: 'Confirm the booking', name: 'Name', email: 'Email', booked: 'Your table is booked', manage: 'Change or cancel', change: 'Change', save: 'Save the change', saved: 'Changed.', cancel: 'Cancel the booking', yes: 'Yes, cancel', cancelled: 'Cancelled', free: /Free cancellation until/ },
}

/** Picks the n-th bookable day of the calendar (paging on when the month runs out) and its first free time. */
async function chooseDayAndTime(page: Page, dayIndex: number) {
  await (await bookableDay(page, dayIndex)).click()
  const slot = page.locator('.slot').first()
  await expect(slot).toBeVisible()
  await slot.click()
  await expect(slot).toHaveAttribute('aria-pressed', 'true')
  return (await slot.textContent())!.trim()
}

for (const locale of ['fr', 'en'] as const) {
  test(`a diner on a phone books, changes and cancels a table (${locale})`, async ({ page }) => {
    const t = TEXT[locale]
    await page.goto(`/${locale}/book`)
    await chooseDayAndTime(page, 3)
    await page.getByRole('button', { name: t.continue }).click()

    // Stepping back keeps what was typed.
    await page.getByLabel(t.name, { exact: false }).first().fill('Camille Dupré')
    await page.getByRole('button', { name: /Retour|Back/ }).click()
    await page.getByRole('button', { name: t.continue }).click()
    await expect(page.getByLabel(t.name, { exact: false }).first()).toHaveValue('Camille Dupré')

    // The email is checked before anything is sent.
    await page.getByLabel(t.email, { exact: false }).first().fill('not-an-email')
    await page.getByRole('button', { name: t.confirm }).click()
    await expect(page.locator('#guest-email-error')).toBeVisible()
    await page.getByLabel(t.email, { exact: false }).first().fill(`camille.${locale}@example.fr`)
    // Text messages are offered once there is a phone number to send them to.
    const sms = page.getByLabel(/SMS|text message/)
    await expect(sms).toHaveCount(0)
    await page.locator('#guest-phone').fill('06 12 34 56 78')
    await sms.check()
    await page.getByRole('button', { name: t.confirm }).click()

    await expect(page.getByText(t.booked)).toBeVisible()
    const reference = (await page.locator('.reference').textContent())!.trim()
    expect(reference).toMatch(/^[A-Z0-9]{3}-[A-Z0-9]{3}$/)
    const ics = page.getByRole('link', { name: /agenda|calendar/i })
    await expect(ics).toHaveAttribute('href', /\/api\/reservations\/manage\/[A-Za-z0-9_-]{43}\/calendar$/)
    await expect(ics).toHaveAttribute('download', `reservation-${reference}.ics`)
    const file = await page.request.get((await ics.getAttribute('href'))!)
    expect(file.headers()['content-type']).toContain('text/calendar')
    expect(await file.text()).toContain(`UID:${reference}@techplus`)

    // The private link opens the booking.
    await page.getByRole('link', { name: t.manage }).click()
    await expect(page).toHaveURL(new RegExp(`/${locale}/reservation/[A-Za-z0-9_-]{43}$`))
    await expect(page.locator('.reference')).toHaveText(reference)
    const before = await page.getByTestId('booking-when').textContent()

    // Change to another day.
    await page.getByRole('button', { name: t.change, exact: true }).click()
    await chooseDayAndTime(page, 5)
    await page.getByRole('button', { name: t.save }).click()
    await expect(page.getByText(t.saved)).toBeVisible()
    await expect(page.getByTestId('booking-when')).not.toHaveText(before!)

    // Cancel, after being told what it costs.
    await page.getByRole('button', { name: t.cancel }).click()
    await expect(page.getByText(t.free)).toBeVisible()
    await page.getByRole('button', { name: t.yes }).click()
    await expect(page.getByTestId('booking-status')).toHaveText(t.cancelled)
    await expect(page.getByRole('button', { name: t.change, exact: true })).toHaveCount(0)
  })
}

test('an unknown booking link gets a friendly 404', async ({ page }) => {
  const response = await page.goto(`/fr/reservation/${'A'.repeat(43)}`)
  expect(response?.status()).toBe(404)
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Lien de réservation introuvable')
  await expect(page.getByRole('link', { name: 'Book a table' })).toBeVisible()
})

test('the menu filters dishes by allergen, diet and words', async ({ page }) => {
  await page.goto('/en/menu')
  const dishes = page.locator('.dish')
  const all = await dishes.count()
  expect(all).toBeGreaterThanOrEqual(25)
  await page.getByRole('button', { name: 'Gluten', exact: true }).click()
  const withoutGluten = await dishes.count()
  expect(withoutGluten).toBeLessThan(all)
  expect(await page.locator('.dish .tag:not(.tag--diet)').allTextContents()).not.toContain('Gluten')
  await page.getByRole('button', { name: /Vegan/ }).click()
  expect(await dishes.count()).toBeLessThan(withoutGluten)
  await page.getByRole('button', { name: 'Clear filters' }).click()
  await page.getByLabel('Search a dish').fill('chocolat')
  await expect(dishes).toHaveCount(1)
})

test('a party of six pays the deposit on the checkout page, is confirmed, and is refunded in full when cancelling early', async ({ page }) => {
  await page.goto('/en/book')
  await page.locator('#party').selectOption('6')
  // The deposit applies to dinner: find a day with an evening time, a few days ahead (inside the free-cancellation window).
  let picked = false
  for (let i = 3; i < 14 && !picked; i++) {
    await (await bookableDay(page, i)).click()
    const evening = page.locator('.slot', { hasText: /^(19|20|21):/ }).first()
    await expect(page.locator('.slot').first()).toBeVisible()
    if (await evening.count()) {
      await evening.click()
      picked = true
    }
  }
  expect(picked).toBe(true)
  await page.getByRole('button', { name: 'Continue' }).click()
  await page.getByLabel('Name', { exact: false }).first().fill('Grace Hopper')
  await page.getByLabel('Email', { exact: false }).first().fill('grace@example.com')
  await page.getByRole('button', { name: 'Continue' }).click()
  await expect(page.getByText(/a deposit of €90\.00 is asked/)).toBeVisible()
  await page.getByRole('button', { name: 'Confirm and pay the deposit' }).click()

  // Stripe's hosted page (the local stand-in), then back to the booking.
  await expect(page.getByRole('heading', { name: 'Pay €90.00' })).toBeVisible()
  await page.getByRole('button', { name: 'Pay €90.00' }).click()
  await expect(page).toHaveURL(/\/en\/reservation\/[A-Za-z0-9_-]{43}\?payment=done$/)
  await expect(page.getByTestId('booking-status')).toHaveText('Confirmed')

  await page.getByRole('button', { name: 'Cancel the booking' }).click()
  await expect(page.getByText(/Free cancellation until/)).toBeVisible()
  await page.getByRole('button', { name: 'Yes, cancel' }).click()
  await expect(page.getByText('Your booking is cancelled. €90.00 will be refunded to your card.')).toBeVisible()

  // The refund job reaches Stripe within a job cycle.
  const token = new URL(page.url()).pathname.split('/').pop()
  await expect
    .poll(async () => (await (await page.request.get(`/api/reservations/manage/${token}`)).json()).deposit?.status, { timeout: 20_000 })
    .toBe('refunded')
})

test('inside 48 hours, cancelling a paid booking refunds half the deposit, as the page says first', async ({ page }) => {
  // A restaurant open every evening (so "tomorrow night" always exists), with the demo's deposit and cancellation rules.
  const login = await page.request.post('/api/users/login', { data: { email: 'admin@techplus.test', password: 'techplus-admin' } })
  const headers = { Authorization: `JWT ${(await login.json()).token}` }
  const days = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']
  const created = await page.request.post('/api/restaurants', {
    headers,
    data: {
      name: 'Le Soir',
      slug: 'le-soir',
      timeZone: 'Europe/Paris',
      services: [{ name: 'Dîner', days, start: '19:00', end: '23:00', lastSeating: '22:00' }],
      deposit: { mode: 'per_person', amountMinor: 1500, fromPartySize: 6 },
      cancellation: { freeUntilHours: 48, refundPercentAfter: 50 },
    },
  })
  expect(created.ok(), await created.text()).toBe(true)
  await page.request.post('/api/tables', { headers, data: { restaurant: (await created.json()).doc.id, label: 'S1', minCapacity: 4, maxCapacity: 8 } })
  const tomorrow = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date(Date.now() + 86_400_000))
  const { slots } = await (await page.request.get(`/api/restaurants/le-soir/availability?date=${tomorrow}&party=6`)).json()
  const booked = await page.request.post('/api/reservations/book', {
    data: { restaurant: 'le-soir', startsAt: slots.find((s: { available: boolean }) => s.available).startsAt, partySize: 6, locale: 'en', guest: { name: 'Ada Lovelace', email: 'ada@example.com' } },
  })
  const { paymentUrl } = await booked.json()

  await page.goto(paymentUrl)
  await page.getByRole('button', { name: 'Pay €90.00' }).click()
  await expect(page.getByTestId('booking-status')).toHaveText('Confirmed')
  await page.getByRole('button', { name: 'Cancel the booking' }).click()
  await expect(page.getByText('If you cancel now, 50% of the deposit is refunded (€45.00).')).toBeVisible()
  await page.getByRole('button', { name: 'Yes, cancel' }).click()
  await expect(page.getByText('Your booking is cancelled. €45.00 will be refunded to your card.')).toBeVisible()
})
