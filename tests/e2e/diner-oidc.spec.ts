import { expect, test, type Page } from '@playwright/test'

test.use({ locale: 'en-GB' })

/** Through the provider's own login and consent pages (oidc-provider's development interactions). */
async function signInAtProvider(page: Page, login: string) {
  await page.goto('/en/account/sign-in')
  await page.getByRole('link', { name: 'Continue with TechPlus ID' }).click()
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/interaction\//)
  await page.locator('input[name="login"]').fill(login)
  await page.locator('input[name="password"]').fill('anything')
  await page.getByRole('button', { name: 'Sign-in' }).click()
  await page.getByRole('button', { name: 'Continue' }).click()
}

const unique = (name: string) => `${name}.${Date.now()}@example.fr`

test('a diner signs in with the OpenID provider and lands on their account page', async ({ page, context }) => {
  const email = unique('oidc.diner')
  await signInAtProvider(page, email)
  await expect(page).toHaveURL(/\/en\/account$/)
  await expect(page.getByRole('heading', { level: 1, name: 'My account' })).toBeVisible()
  await expect(page.getByText(email)).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Upcoming' })).toBeVisible()
  const cookies = await context.cookies()
  const diner = cookies.find((c) => c.name === 'techplus-diner')
  expect(diner).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' })
  expect(cookies.find((c) => c.name === 'payload-token')).toBeUndefined()
  // The next visit to the provider finds the linked identity: same account, signed in again.
  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page).toHaveURL(/\/en\/account\/sign-in$/)
  await page.getByRole('link', { name: 'Continue with TechPlus ID' }).click()
  await expect(page).toHaveURL(/\/en\/account$/)
  await expect(page.getByText(email)).toBeVisible()
})

test('a diner with a password account signs in through the provider and finds the same account', async ({ page, request }) => {
  const email = unique('linked')
  const registered = await request.post('/api/customers/register', { data: { name: 'Margaux Registered', email, password: 'margaux-secret-123', locale: 'en' } })
  expect(registered.status()).toBe(202)
  await signInAtProvider(page, email)
  await expect(page).toHaveURL(/\/en\/account$/)
  // The name chosen at registration, not the provider's: the account was linked, not duplicated.
  await expect(page.getByText('Hello Margaux Registered')).toBeVisible()
})

test('an address the provider does not confirm never takes over an existing account', async ({ page, request }) => {
  const email = unique('taken')
  await request.post('/api/customers/register', { data: { name: 'Owner', email, password: 'owner-secret-123', locale: 'en' } })
  await signInAtProvider(page, `unconfirmed:${email}`)
  await expect(page).toHaveURL(/\/en\/account\/sign-in\?error=email-not-verified/)
  await expect(page.getByRole('alert').filter({ hasText: 'sign in with your password' })).toBeVisible()
  await page.goto('/en/account')
  await expect(page).toHaveURL(/\/en\/account\/sign-in$/)
})

test('a new diner whose address the provider does not confirm is asked to confirm it by email first', async ({ page }) => {
  await signInAtProvider(page, `unconfirmed:${unique('newcomer')}`)
  await expect(page).toHaveURL(/\/en\/account\/sign-in\?notice=check-email/)
  await expect(page.getByRole('status')).toContainText('check your inbox')
  await page.goto('/en/account')
  await expect(page).toHaveURL(/\/en\/account\/sign-in$/)
})
