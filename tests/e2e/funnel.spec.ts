import { expect, test, type APIRequestContext, type Page, type Request } from '@playwright/test'

import { FUNNEL_SOURCES, FUNNEL_STEPS } from '../../src/domain/funnel'
import { signIn } from '../support/adminSignIn'
import { bookableDay } from '../support/bookingCalendar'
import type { FunnelResponse } from '../../src/plugins/reservations/api/funnel'
import { queryE2eDatabase } from '../support/e2eDatabase'

/**
 * The booking funnel from the diner's phone to the manager's analytics: one diner stops on the
 * details screen, another books; once the aggregation has run (every 3 s in these tests, 10 min in
 * production) the manager's funnel shows one more exit on the details screen and one more booking,
 * and the database holds counts and nothing about either diner.
 */
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date())

const daysAgo = (days: number) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date(Date.now() - days * 86_400_000))

async function managerFunnel(request: APIRequestContext, token: string, from = today()): Promise<FunnelResponse> {
  const res = await request.get(`/api/restaurants/le-petit-zinc/funnel?from=${from}&to=${today()}`, { headers: { Authorization: `JWT ${token}` } })
  expect(res.status()).toBe(200)
  return res.json()
}

/** The wizard's funnel requests from this page: what each sent, with every header (cookies included). */
function funnelRequests(page: Page) {
  const sent: { body: Record<string, unknown>; headers: Record<string, string> }[] = []
  const pending: Promise<void>[] = []
  page.on('request', (request: Request) => {
    if (!request.url().endsWith('/funnel-events')) return
    pending.push(request.allHeaders().then((headers) => void sent.push({ body: request.postDataJSON(), headers })))
  })
  return { sent, settled: () => Promise.all(pending) }
}

async function chooseATime(page: Page) {
  await page.goto('/en/book')
  await (await bookableDay(page, 2)).click()
  const slot = page.locator('.slot').first()
  await slot.click()
  await expect(slot).toHaveAttribute('aria-pressed', 'true')
  const counted = page.waitForResponse((r) => r.url().endsWith('/funnel-events') && r.request().postData()!.includes('time_chosen'))
  await page.getByRole('button', { name: 'Continue' }).click()
  await expect(page.getByLabel('Name', { exact: false }).first()).toBeVisible()
  expect((await counted).status()).toBe(202)
}

test('a diner who stops at the details step is an abandonment there, a booking a conversion, and nothing personal is kept', async ({ browser, page, request }) => {
  test.setTimeout(120_000)
  const login = await request.post('/api/users/login', { data: { email: 'manager@techplus.test', password: 'techplus-manager' } })
  const { token } = await login.json()
  // Counts of earlier tests are aggregated first: the figures below move by this test's diners only.
  await expect.poll(async () => (await queryE2eDatabase('SELECT count(*)::int AS n FROM funnel_step_counts'))[0]!.n, { timeout: 20_000 }).toBe(0)
  const before = await managerFunnel(request, token)

  // A diner chooses a time, sees the details form and leaves.
  const leaving = await browser.newContext()
  const leaver = await leaving.newPage()
  const leaverRequests = funnelRequests(leaver)
  await chooseATime(leaver)
  await leaverRequests.settled()
  await leaving.close()

  // Another books.
  const booking = await browser.newContext()
  const diner = await booking.newPage()
  const dinerRequests = funnelRequests(diner)
  await chooseATime(diner)
  await diner.getByLabel('Name', { exact: false }).first().fill('Funnel Diner')
  await diner.getByLabel('Email', { exact: false }).first().fill('funnel.diner@example.fr')
  const bookedCounted = diner.waitForResponse((r) => r.url().endsWith('/funnel-events') && r.request().postData()!.includes('booked'))
  await diner.getByRole('button', { name: 'Confirm the booking' }).click()
  await expect(diner.getByText('Your table is booked')).toBeVisible()
  expect((await bookedCounted).status()).toBe(202)
  await dinerRequests.settled()
  await booking.close()

  // What left the browsers: the marker, the source and steps, each step once; no cookie, no identifier.
  const sent = [...leaverRequests.sent, ...dinerRequests.sent]
  for (const { body, headers } of sent) {
    expect(Object.keys(body).sort()).toEqual(['marker', 'source', 'steps'])
    expect(headers.cookie).toBeUndefined()
  }
  expect(leaverRequests.sent.flatMap((r) => r.body.steps as string[])).toEqual(['seen', 'time_chosen'])
  expect(dinerRequests.sent.flatMap((r) => r.body.steps as string[])).toEqual(['seen', 'time_chosen', 'details_entered', 'booked'])

  // The next aggregation brings them to the manager's funnel.
  await expect.poll(async () => (await managerFunnel(request, token)).total.counts.booked, { timeout: 30_000 }).toBe(before.total.counts.booked + 1)
  const after = await managerFunnel(request, token)
  expect(after.total.counts.seen - before.total.counts.seen).toBe(2)
  expect(after.total.abandonedAt.details - before.total.abandonedAt.details).toBe(1)

  await signIn(page, 'manager@techplus.test', 'techplus-manager')
  await page.goto('/admin/analytics')
  await expect(page.getByRole('heading', { name: 'Booking funnel' })).toBeVisible()
  // The dashboard opens on the last 30 days: the same figures as the API's for them.
  const month = await managerFunnel(request, token, daysAgo(29))
  await expect(page.getByTestId('funnel-abandoned-details').locator('td[data-column="site"]')).toHaveText(String(month.bySource.site.abandonedAt.details))
  await expect(page.getByTestId('funnel-steps-booked').locator('td[data-column="total"]')).toHaveText(String(month.total.counts.booked))
  await expect(page.getByTestId('funnel-conversion')).toContainText(/target > 15 %/)
  await expect(page.getByTestId('funnel-abandonment')).toContainText(/target < 30 %/)

  // The database: counts per restaurant, day, source and step, and nothing else.
  for (const table of ['funnel_step_counts', 'funnel_days']) {
    const columns = await queryE2eDatabase<{ column_name: string }>('SELECT column_name FROM information_schema.columns WHERE table_name = $1 ORDER BY column_name', [table])
    expect(columns.map((c) => c.column_name)).toEqual(['count', 'day', 'restaurant_id', 'source', 'step'])
  }
  const rows = await queryE2eDatabase<{ source: string; step: string }>('SELECT source, step FROM funnel_days UNION ALL SELECT source, step FROM funnel_step_counts')
  for (const row of rows) {
    expect(FUNNEL_SOURCES).toContain(row.source)
    expect(FUNNEL_STEPS).toContain(row.step)
  }
})
