import { expect, test, type APIRequestContext } from '@playwright/test'

import { linkInMailbox } from '../support/e2eMail'

// Runs in the phone project (playwright.config.ts): diners do this from their phone.

const MANAGE_LINK = /\/reservation\/[A-Za-z0-9_-]{43}$/

/** A real online booking at the seeded restaurant, at the first free time from `days` from now (a closed day skipped). */
async function book(request: APIRequestContext, email: string, days: number, locale: 'fr' | 'en' = 'fr') {
  let slot: { startsAt: string } | undefined
  for (let day = days; !slot && day < days + 7; day++) {
    const date = new Date(Date.now() + day * 86_400_000).toISOString().slice(0, 10)
    const { slots = [] } = await (await request.get(`/api/restaurants/le-petit-zinc/availability?date=${date}&party=2`)).json()
    slot = slots.find((s: { available: boolean }) => s.available)
  }
  if (!slot) throw new Error('No free time at Le Petit Zinc in a week')
  const res = await request.post('/api/reservations/book', {
    data: { restaurant: 'le-petit-zinc', startsAt: slot.startsAt, partySize: 2, guest: { name: 'Margaux Perdu', email, phone: '06 12 34 56 78' }, locale },
  })
  expect(res.status()).toBe(201)
  return (await res.json()) as { reference: string; manageUrl: string }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

test('a diner who lost the link gets it again by reference and email, from the unknown-link page, and opens the booking', async ({ page, request }) => {
  const email = `margaux.${Date.now()}@example.fr`
  const { reference } = await book(request, email, 9)

  // An old or mistyped link leads to the way back.
  const response = await page.goto(`/fr/reservation/${'B'.repeat(43)}`)
  expect(response?.status()).toBe(404)
  await page.getByRole('link', { name: 'Retrouver ma réservation avec sa référence' }).click()
  await expect(page).toHaveURL(/\/fr\/find-booking$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Retrouver ma réservation' })).toBeVisible()

  // Typed as people do: lower case, no dash.
  await page.getByLabel('Référence de réservation').fill(reference.toLowerCase().replace('-', ''))
  await page.getByLabel('Adresse e-mail').fill(email.toUpperCase())
  await page.getByRole('button', { name: 'Recevoir le lien' }).click()
  const answer = page.getByTestId('find-booking-done')
  await expect(answer).toContainText('Si cette référence et cette adresse correspondent à une réservation')

  const link = await linkInMailbox(email, MANAGE_LINK, 20_000, /^Votre lien de réservation/)
  await page.goto(link)
  await expect(page.locator('.reference')).toHaveText(reference)
  await expect(page.getByTestId('guest-email')).toHaveText(email)
})

test('a wrong pair shows the same message, as fast, and sends nothing', async ({ page, request }) => {
  const email = `secret.${Date.now()}@example.fr`
  const { reference } = await book(request, email, 10)
  const messages: string[] = []
  for (const typed of [email, `someone.else.${Date.now()}@example.fr`]) {
    await page.goto('/fr/find-booking')
    await page.getByLabel('Référence de réservation').fill(reference)
    await page.getByLabel('Adresse e-mail').fill(typed)
    await page.getByRole('button', { name: 'Recevoir le lien' }).click()
    messages.push((await page.getByTestId('find-booking-done').textContent())!)
  }
  expect(messages[1]).toBe(messages[0])

  // The same answer in the same time, asked a few times over HTTP.
  const timed = async (data: unknown) => {
    const started = Date.now()
    const res = await request.post('/api/reservations/find', { data })
    return { ms: Date.now() - started, status: res.status(), body: await res.text() }
  }
  const right: number[] = []
  const wrong: number[] = []
  for (let round = 0; round < 5; round++) {
    const a = await timed({ reference, email, locale: 'fr' })
    const b = await timed({ reference, email: 'nobody@example.fr', locale: 'fr' })
    expect([b.status, b.body]).toEqual([a.status, a.body])
    right.push(a.ms)
    wrong.push(b.ms)
  }
  console.info(`find-booking over HTTP, median ms: match ${median(right)}, miss ${median(wrong)}`)
  expect(Math.abs(median(right) - median(wrong))).toBeLessThan(100)
  await expect(linkInMailbox('nobody@example.fr', /./, 1_500)).rejects.toThrow(/No email/)
})

test('on the manage page a diner corrects their phone and changes their email, confirmed from the new inbox', async ({ page, request }) => {
  const stamp = Date.now()
  const oldEmail = `avant.${stamp}@example.fr`
  const newEmail = `apres.${stamp}@example.fr`
  const { manageUrl } = await book(request, oldEmail, 11)
  await page.goto(manageUrl)
  await expect(page.getByTestId('guest-phone')).toHaveText('+33612345678')

  await page.getByRole('button', { name: 'Corriger nom ou téléphone' }).click()
  await page.getByLabel('Téléphone (facultatif)').fill('06 98 76 54 32')
  await page.getByRole('button', { name: 'Enregistrer mes coordonnées' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Vos coordonnées sont corrigées.' })).toBeVisible()
  await expect(page.getByTestId('guest-phone')).toHaveText('+33698765432')

  await page.getByRole('button', { name: 'Changer d’adresse e-mail' }).click()
  await page.getByLabel('Nouvelle adresse e-mail').fill(newEmail)
  await page.getByRole('button', { name: 'Envoyer le lien de confirmation' }).click()
  await expect(page.getByRole('status').filter({ hasText: `Un lien de confirmation est parti vers ${newEmail}` })).toBeVisible()
  // Nothing changes until the new address answers.
  await page.reload()
  await expect(page.getByTestId('guest-email')).toHaveText(oldEmail)

  await page.goto(await linkInMailbox(newEmail, /confirm-email=/, 20_000))
  await page.getByRole('button', { name: 'Confirmer cette adresse' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'C’est fait' })).toBeVisible()
  await expect(page.getByTestId('guest-email')).toHaveText(newEmail)
  await page.reload()
  await expect(page.getByTestId('guest-email')).toHaveText(newEmail)
  await expect(page.getByRole('button', { name: 'Confirmer cette adresse' })).toHaveCount(0)
})

test('a signed-in diner returns to the page they came from, and edits their profile', async ({ page, request }) => {
  const email = `profil.${Date.now()}@example.fr`
  expect((await request.post('/api/customers/register', { data: { name: 'Hugo Profil', email, password: 'hugo-secret-123', locale: 'en' } })).status()).toBe(202)
  await page.goto(await linkInMailbox(email, /\/account\/verify\?token=/))
  await expect(page.getByRole('status')).toContainText('Your address is confirmed')

  // The menu, wherever the site serves it (a group's restaurant has it under its own path).
  await page.goto('/en/menu')
  const menu = new URL(page.url()).pathname
  expect(menu).toMatch(/^\/en\/(.+\/)?menu$/)
  await page.getByRole('link', { name: 'My account' }).click()
  await expect(page).toHaveURL(`/en/account/sign-in?next=${encodeURIComponent(menu)}`)
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Password').fill('hugo-secret-123')
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page).toHaveURL(menu)

  await page.goto('/en/account')
  await page.getByLabel('Name').fill('Hugo Profil-Neuf')
  await page.getByLabel('Phone (optional)').fill('06 55 44 33 22')
  await page.getByLabel('Current password').fill('hugo-secret-123')
  await page.getByLabel('New password (optional)').fill('hugo-secret-456')
  await page.getByRole('button', { name: 'Save my profile' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Your profile is saved.' })).toBeVisible()
  await page.reload()
  await expect(page.getByLabel('Name')).toHaveValue('Hugo Profil-Neuf')
  await expect(page.getByLabel('Phone (optional)')).toHaveValue('+33655443322')
  await expect(page.getByText('Hello Hugo Profil-Neuf')).toBeVisible()
  // The new password is the one that works now.
  expect((await request.post('/api/customers/login', { data: { email, password: 'hugo-secret-456' } })).status()).toBe(200)
})

test('a sign-in link pointing to another site returns to the account page instead', async ({ page, request }) => {
  const email = `redirect.${Date.now()}@example.fr`
  await request.post('/api/customers/register', { data: { name: 'Rita', email, password: 'rita-secret-123', locale: 'en' } })
  await page.goto(await linkInMailbox(email, /\/account\/verify\?token=/))
  await page.goto('/en/account/sign-in?next=%2F%2Fevil.example%2Fphish')
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Password').fill('rita-secret-123')
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page).toHaveURL(/\/en\/account$/)
})
