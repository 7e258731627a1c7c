import { expect, test, type APIRequestContext } from '@playwright/test'

import { addLocalDays, todayIn } from '../../src/domain/availability/localTime'
import { formatMinor } from '../../src/domain/money'
import { signIn } from '../support/adminSignIn'

const TABLET = { viewport: { width: 768, height: 1024 }, hasTouch: true, locale: 'en-GB' }

async function tokenOf(request: APIRequestContext, email: string, password: string) {
  const login = await request.post('/api/users/login', { data: { email, password } })
  return { Authorization: `JWT ${(await login.json()).token}` }
}

test.use(TABLET)

test('a host completes a visit with what the table spent, and the manager sees it in the revenue', async ({ page, request, browser }) => {
  test.setTimeout(120_000)
  const owner = await tokenOf(request, 'owner@techplus.test', 'techplus-owner')
  const zinc = (await (await request.get('/api/restaurants?where[slug][equals]=le-petit-zinc&depth=0')).json()).docs[0]
  // A party seated ten minutes ago (forced past today's rules: the demo may be closed now).
  const created = await request.post('/api/reservations', {
    headers: owner,
    data: { restaurant: zinc.id, startsAt: new Date(Date.now() - 10 * 60_000).toISOString(), partySize: 3, guestName: 'Table du Comptoir', status: 'seated', source: 'phone', overrideRules: true, overrideReason: 'Test' },
  })
  expect(created.ok(), await created.text()).toBe(true)
  const booking = (await created.json()).doc
  // The period analytics opens on: the last 30 days, ending on the restaurant's today.
  const to = todayIn('Europe/Paris')
  const from = addLocalDays(to, -29)
  const revenueNow = async () => (await (await request.get(`/api/restaurants/le-petit-zinc/trends?from=${from}&to=${to}`, { headers: owner })).json()).revenue.revenue as number
  const before = await revenueNow()

  await signIn(page, 'host@techplus.test', 'techplus-host')
  await page.goto('/admin/service')
  const row = page.getByTestId('service-booking').filter({ hasText: booking.reference })
  await expect(row.getByTestId('service-status')).toHaveText('Seated')
  await row.getByRole('button', { name: `Complete ${booking.reference}` }).tap()
  // Asked for the spend, typed as on the bill; an amount that could be read two ways is refused on the spot.
  const spend = row.getByLabel('Spend (optional) (EUR)')
  await spend.fill('1,234')
  await row.getByRole('button', { name: `Complete ${booking.reference}` }).tap()
  await expect(row.getByRole('alert')).toHaveText('Enter an amount such as 12.50, or leave it empty')
  await spend.fill('123.45')
  await row.getByRole('button', { name: `Complete ${booking.reference}` }).tap()
  await expect(row.getByTestId('service-status')).toHaveText('Completed')
  await expect.poll(revenueNow).toBe(before + 12_345)

  const manager = await browser.newPage(TABLET)
  await signIn(manager, 'manager@techplus.test', 'techplus-manager')
  await manager.goto('/admin/analytics')
  const revenue = manager.getByTestId('trends-revenue')
  await expect(revenue.getByTestId('revenue-total')).toContainText(formatMinor(before + 12_345, 'EUR', 'en'))
  await expect(revenue.getByTestId('revenue-with-spend')).toContainText(/\d+(\.\d)? %/)
  await expect(manager.getByTestId('chart-trends-series')).toBeVisible()
  await manager.close()
})
