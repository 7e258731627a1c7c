import { expect, test} from '@playwright/test'

import { linkInMailbox } from '../support/e2eMail'
import { signIn } from '../support/adminSignIn'

test.use({ locale: 'fr-FR' })

test('a manager deactivating a table with a booking sees it, moves it to another table, then saves', async ({ page }) => {
  await signIn(page, 'manager@techplus.test', 'techplus-manager')
  // The API calls that set the scene carry the manager's token (the cookie alone needs the admin's Origin).
  const login = await page.request.post('/api/users/login', { data: { email: 'manager@techplus.test', password: 'techplus-manager' } })
  const headers = { Authorization: `JWT ${(await login.json()).token}` }
  const zinc = (await (await page.request.get('/api/restaurants?where[slug][equals]=le-petit-zinc&depth=0')).json()).docs[0]
  const label = `E${Date.now().toString(36)}`.slice(0, 10)
  const table = (await (await page.request.post('/api/tables', { headers, data: { restaurant: zinc.id, label, area: 'bar', minCapacity: 1, maxCapacity: 2 } })).json()).doc
  // Far ahead, on the new table, forced by the manager so the test does not depend on the opening hours.
  const startsAt = new Date(Date.now() + 50 * 24 * 3600_000)
  startsAt.setUTCHours(11, 0, 0, 0)
  const created = await page.request.post('/api/reservations', {
    headers,
    data: { restaurant: zinc.id, startsAt: startsAt.toISOString(), partySize: 2, guestName: 'Inès Garnier', source: 'phone', status: 'confirmed', tables: [table.id], overrideRules: true, overrideReason: 'e2e' },
  })
  expect(created.status(), await created.text()).toBe(201)
  const booking = (await created.json()).doc

  await page.goto(`/admin/collections/tables/${table.id}`)
  const panel = page.getByTestId('table-bookings')
  // With nothing changed yet: why the table cannot be deleted.
  await expect(panel).toContainText('1 réservation à venir occupe cette table')
  await page.getByLabel('Active', { exact: true }).uncheck()
  await expect(panel.getByRole('link', { name: new RegExp(booking.reference) })).toContainText('Inès Garnier')
  await expect(panel).toContainText('table désactivée')

  await panel.getByRole('button', { name: 'Les déplacer sur d’autres tables' }).click()
  await expect(page.getByTestId('table-bookings-result')).toHaveText('1 réservation déplacée sur une autre table. Vous pouvez enregistrer la table.')
  await page.getByRole('button', { name: 'Sauvegarder' }).click()
  await expect(page.getByText(/mis à jour avec succès|succès/i).first()).toBeVisible()

  const saved = await (await page.request.get(`/api/tables/${table.id}?depth=0`, { headers })).json()
  expect(saved.active).toBe(false)
  const moved = await (await page.request.get(`/api/reservations/${booking.id}?depth=0`, { headers })).json()
  expect(moved.tables).not.toContain(table.id)
  expect(moved.tables).toHaveLength(1)
})

test('an owner invites a host in French; the emailed link sets a password and the host signs in', async ({ page, browser }) => {
  await signIn(page, 'owner@techplus.test', 'techplus-owner')
  await page.goto('/admin/collections/users')
  await page.getByRole('button', { name: 'Inviter un membre de l’équipe' }).click()
  const email = `invite-${Date.now().toString(36)}@techplus.test`
  const form = page.getByRole('form', { name: 'Inviter un membre de l’équipe' })
  await form.getByLabel('Nom').fill('Hugo Lefèvre')
  await form.getByLabel('E-mail').fill(email)
  await form.getByLabel('Rôle').selectOption({ label: 'Hôte' })
  await expect(form.getByRole('checkbox', { name: 'Le Petit Zinc' })).toBeChecked()
  await form.getByRole('button', { name: 'Envoyer l’invitation' }).click()
  await expect(page.locator('p[role="status"]')).toHaveText(`Invitation envoyée à ${email}. Le lien pour choisir un mot de passe est valable 3 jours.`)

  const link = await linkInMailbox(email, /\/admin\/reset\//)
  const context = await browser.newContext({ locale: 'fr-FR' })
  const invitee = await context.newPage()
  // Payload's reset form only submits once hydrated: typed into earlier, the click sends nothing (seen on a loaded machine).
  await invitee.goto(new URL(link).pathname, { waitUntil: 'networkidle' })
  await invitee.getByLabel(/nouveau mot de passe|new password/i).fill('hugo-chooses-this-1')
  await invitee.getByLabel(/confirm/i).fill('hugo-chooses-this-1')
  const reset = invitee.waitForResponse((r) => r.url().includes('/api/users/reset-password'))
  await invitee.getByRole('button', { name: /réinitialiser|reset/i }).click()
  expect((await reset).status()).toBe(200)
  await expect(invitee).toHaveURL(/\/admin\/?$/)
  const signIn2 = await invitee.request.post('/api/users/login', { data: { email, password: 'hugo-chooses-this-1' } })
  expect(signIn2.status()).toBe(200)
  expect((await signIn2.json()).user).toMatchObject({ email, roles: ['host'] })
  await context.close()
})
