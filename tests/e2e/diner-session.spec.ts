import { expect, test, type Page } from '@playwright/test'

import { linkInMailbox } from '../support/e2eMail'

test.use({ locale: 'en-GB' })

async function staffSignIn(page: Page) {
  await page.goto('/admin/login')
  await page.getByLabel(/email/i).fill('admin@techplus.test')
  await page.getByLabel(/password/i).fill('techplus-admin')
  await page.getByRole('button', { name: /login/i }).click()
  await expect(page).toHaveURL(/\/admin\/?$/)
}

/** Register on the site, confirm from the emailed link, sign in with the password. */
async function dinerRegistersAndSignsIn(page: Page, name: string, email: string, password: string) {
  await page.goto('/en')
  await page.getByRole('link', { name: 'My account' }).click()
  // The header's link names the page it was on: signing in (after registering) comes back to it.
  await expect(page).toHaveURL(/\/en\/account\/sign-in\?next=%2Fen$/)
  await page.getByRole('link', { name: 'Create an account' }).click()
  await page.getByLabel('Name').fill(name)
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Password').fill(password)
  await page.getByRole('button', { name: 'Create my account' }).click()
  await expect(page.getByRole('status')).toContainText('check your inbox')
  await page.goto(await linkInMailbox(email, /\/en\/account\/verify\?token=/))
  await expect(page.getByRole('status')).toContainText('Your address is confirmed')
  await page.getByRole('link', { name: 'Sign in' }).click()
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Password').fill(password)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page).toHaveURL(/\/en$/)
  await page.goto('/en/account')
  await expect(page.getByText(`Hello ${name}`)).toBeVisible()
}

test("a staff member's admin session survives a diner signing in and out in the same browser", async ({ page, context }) => {
  await staffSignIn(page)
  const staffCookie = (await context.cookies()).find((c) => c.name === 'payload-token')!.value

  await dinerRegistersAndSignsIn(page, 'Jules Diner', `jules.${Date.now()}@example.fr`, 'jules-secret-123')
  const cookies = await context.cookies()
  expect(cookies.find((c) => c.name === 'payload-token')?.value).toBe(staffCookie)
  expect(cookies.find((c) => c.name === 'techplus-diner')).toBeTruthy()

  await page.goto('/admin/collections/reservations')
  await expect(page).toHaveURL(/\/admin\/collections\/reservations/)
  await expect(page.locator('table tbody tr').first()).toBeVisible()

  await page.goto('/en/account')
  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page).toHaveURL(/\/en\/account\/sign-in$/)
  expect((await context.cookies()).find((c) => c.name === 'techplus-diner')).toBeUndefined()
  expect((await context.cookies()).find((c) => c.name === 'payload-token')?.value).toBe(staffCookie)
  await page.goto('/admin')
  await expect(page).toHaveURL(/\/admin\/?$/)
  await expect(page.getByRole('link', { name: /Reservations/ }).first()).toBeVisible()
})

test("a diner's session opens neither the admin nor staff data, and staff are no diners", async ({ page, browser }) => {
  await dinerRegistersAndSignsIn(page, 'Ines Curious', `ines.${Date.now()}@example.fr`, 'ines-secret-1234')
  await page.goto('/admin')
  await expect(page).toHaveURL(/\/admin\/login/)
  expect((await page.request.get('/api/reservations?limit=1')).status()).toBe(403)
  expect((await page.request.get('/api/customers?limit=1')).status()).toBe(403)

  const staff = await browser.newPage({ locale: 'en-GB' })
  await staffSignIn(staff)
  await staff.goto('/en/account')
  await expect(staff).toHaveURL(/\/en\/account\/sign-in$/)
  expect((await staff.request.get('/api/customers/bookings')).status()).toBe(401)
  await staff.close()
})

test('a signed-in diner deletes their account after confirming, and is signed out', async ({ page, context }) => {
  await dinerRegistersAndSignsIn(page, 'Zoé Leaving', `zoe.${Date.now()}@example.fr`, 'zoe-secret-12345')
  const remove = page.getByRole('button', { name: 'Delete my account' })
  await expect(remove).toBeDisabled()
  await page.getByLabel('I understand, delete my account for good').check()
  await remove.click()
  await expect(page).toHaveURL(/\/en$/)
  expect((await context.cookies()).find((c) => c.name === 'techplus-diner')).toBeUndefined()
})
