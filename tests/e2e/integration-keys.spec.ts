import { expect, test } from '@playwright/test'

import { signIn } from '../support/adminSignIn'

test.use({ locale: 'fr-FR' })

/**
 * An owner makes a partner's API key in the French admin, hands it over, and revokes it: the key
 * reads availability while active and is refused (403 integration_inactive) once revoked.
 */
test('an owner makes an API key for a partner in the admin, the partner uses it, the owner revokes it', async ({ page }) => {
  await signIn(page, 'owner@techplus.test', 'techplus-owner')
  await page.goto('/admin/collections/integrations/create')
  const name = `Conciergerie ${Date.now().toString(36)}`
  await page.getByLabel('Partenaire').fill(name)
  await page.locator('#field-restaurants').click()
  await page.getByRole('option', { name: 'Le Petit Zinc' }).click()
  await page.locator('#field-scopes').click()
  await page.getByRole('option', { name: 'Lire les disponibilités' }).click()
  await page.getByLabel('Activer la clé API').check()
  const keyField = page.locator('input#apiKey')
  await expect(keyField).not.toHaveValue('')
  const key = await keyField.inputValue()
  await page.getByRole('button', { name: 'Sauvegarder' }).click()
  await expect(page.getByText(/créé avec succès|succès/i).first()).toBeVisible()

  const date = new Date(Date.now() + 9 * 24 * 3600_000).toISOString().slice(0, 10)
  const availability = () => page.request.get(`/api/restaurants/le-petit-zinc/availability?date=${date}&party=2`, { headers: { Authorization: `integrations API-Key ${key}` } })
  expect((await availability()).status()).toBe(200)

  await page.getByLabel('Active', { exact: true }).uncheck()
  await page.getByRole('button', { name: 'Sauvegarder' }).click()
  await expect(page.getByText(/mis à jour avec succès|succès/i).first()).toBeVisible()
  const refused = await availability()
  expect(refused.status()).toBe(403)
  expect((await refused.json()).errors[0].code).toBe('integration_inactive')
})
