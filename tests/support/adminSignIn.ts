import { expect, type Page } from '@playwright/test'

/** Signs in on Payload's login page (either language) and lands on /admin. */
export async function signIn(page: Page, email: string, password: string) {
  await page.goto('/admin/login')
  await page.getByLabel(/e-?mail/i).fill(email)
  await page.getByLabel(/mot de passe|password/i).fill(password)
  await page.getByRole('button', { name: /se connecter|connexion|login/i }).click()
  await expect(page).toHaveURL(/\/admin\/?$/)
}
