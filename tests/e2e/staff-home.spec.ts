import { expect, test, type APIRequestContext } from '@playwright/test'

import { signIn } from '../support/staffViews'

test.use({ locale: 'en-GB' })

const parisDay = (offset = 0) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date(Date.now() + offset * 86_400_000))

async function asOwner(request: APIRequestContext) {
  const login = await request.post('/api/users/login', { data: { email: 'owner@techplus.test', password: 'techplus-owner' } })
  const headers = { Authorization: `JWT ${(await login.json()).token}` }
  const zinc = (await (await request.get('/api/restaurants?where[slug][equals]=le-petit-zinc&depth=0')).json()).docs[0]
  return { headers, zinc }
}

test("a host signs in and lands on today's service, today's bookings on it", async ({ page, request }) => {
  const { headers, zinc } = await asOwner(request)
  // A booking for later today, taken by the owner on the phone (forced: the demo may be closed today).
  const later = new Date(Date.now() + 30 * 60_000)
  const startsAt = parisDay() === new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(later) ? later : new Date(Date.now() - 5 * 60_000)
  const created = await request.post('/api/reservations', {
    headers,
    data: { restaurant: zinc.id, startsAt: startsAt.toISOString(), partySize: 2, guestName: 'Home Page Guest', source: 'phone', status: 'confirmed', overrideRules: true, overrideReason: 'Home page test' },
  })
  expect(created.ok(), await created.text()).toBe(true)
  const { reference } = (await created.json()).doc

  await signIn(page, 'host@techplus.test', 'techplus-host')
  await expect(page.getByRole('heading', { level: 1, name: "Today's service — Le Petit Zinc" })).toBeVisible()
  await expect(page.getByTestId('service-booking').filter({ hasText: reference })).toContainText('Home Page Guest')
  // Tomorrow and the week are for owners and managers.
  await expect(page.getByTestId('covers-outlook')).toHaveCount(0)
})

test("an owner sees tomorrow's covers and the week's on the home page, as the calendar counts them", async ({ page, request }) => {
  const { headers } = await asOwner(request)
  const calendar = await (await request.get(`/api/restaurants/le-petit-zinc/calendar?from=${parisDay(1)}&to=${parisDay(7)}`, { headers })).json()
  const days = calendar.days as { date: string; covers: number }[]
  const covers = (n: number) => `${n} ${n === 1 ? 'cover' : 'covers'}`

  await signIn(page, 'owner@techplus.test', 'techplus-owner')
  await expect(page.getByTestId('outlook-tomorrow')).toContainText('Tomorrow')
  await expect(page.getByTestId('outlook-tomorrow')).toContainText(covers(days[0]!.covers))
  await expect(page.getByTestId('outlook-week')).toContainText(covers(days.reduce((sum, d) => sum + d.covers, 0)))
  // A day opens its timeline.
  await page.getByTestId('outlook-tomorrow').getByRole('link').click()
  await expect(page).toHaveURL(new RegExp(`/admin/calendar\\?restaurant=le-petit-zinc&date=${parisDay(1)}&view=day`))
  await expect(page.locator('[data-testid^="timeline-row-"]').first()).toBeVisible()
})

test('the collections are one click from the home page', async ({ page }) => {
  await signIn(page, 'manager@techplus.test', 'techplus-manager')
  const collections = page.getByTestId('home-collections')
  await collections.getByRole('link', { name: 'Tables', exact: true }).click()
  await expect(page).toHaveURL(/\/admin\/collections\/tables/)
  await page.goto('/admin')
  await collections.getByRole('link', { name: 'Guests', exact: true }).click()
  await expect(page).toHaveURL(/\/admin\/collections\/guests/)
})
