import { expect, test, type APIRequestContext} from '@playwright/test'
import { signIn } from '../support/adminSignIn'

async function asOwner(request: APIRequestContext) {
  const login = await request.post('/api/users/login', { data: { email: 'owner@techplus.test', password: 'techplus-owner' } })
  const headers = { Authorization: `JWT ${(await login.json()).token}` }
  const zinc = (await (await request.get('/api/restaurants?where[slug][equals]=le-petit-zinc&depth=0')).json()).docs[0]
  return { headers, zinc }
}

/** A Wednesday at least three weeks ahead, in Paris: lunch is served and nothing is seeded. */
function quietWednesday(weeks = 3) {
  const parisDay = (offset: number) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date(Date.now() + offset * 86_400_000))
  const weekday = (offset: number) => new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', weekday: 'short' }).format(new Date(Date.now() + offset * 86_400_000))
  let offset = weeks * 7
  while (weekday(offset) !== 'Wed') offset++
  return parisDay(offset)
}

test.use({ locale: 'en-GB' })

test('a host seats a walk-in at a free table of the floor plan', async ({ page, request }) => {
  const { headers } = await asOwner(request)
  const service = await (await request.get('/api/restaurants/le-petit-zinc/service', { headers })).json()
  // A table with nobody on it for the next three hours: the walk-in's stay fits.
  const quiet = (service.tables as { id: number; label: string; maxCapacity: number }[]).find((t) => {
    const { state, next } = service.floor[String(t.id)]
    return state === 'free' && t.maxCapacity >= 2 && (!next || new Date(next.startsAt).getTime() > Date.now() + 3 * 3_600_000)
  })!

  await signIn(page, 'host@techplus.test', 'techplus-host')
  await page.goto('/admin/floor')
  // A host runs the service; only managers change the room.
  await expect(page.getByRole('button', { name: 'Edit the layout' })).toHaveCount(0)
  const table = page.getByTestId(`floor-table-${quiet.label}`)
  await expect(table).toHaveAttribute('data-state', 'free')
  await table.click()
  const form = page.getByRole('form', { name: `Walk-in at ${quiet.label}` })
  await form.getByLabel('Guests').fill('2')
  await form.getByLabel('Name (optional)').fill('Couple du soir')
  await form.getByRole('button', { name: 'Seat them' }).click()
  await expect(page.getByTestId('floor-message')).toHaveText(`Walk-in seated at ${quiet.label}.`)
  await expect(table).toHaveAttribute('data-state', 'seated')
  await expect(table).toHaveAccessibleName(/Couple du soir, 2/)
})

test('a status move on the service board shows at once; one the server refuses is put back with the reason', async ({ page, request }) => {
  const { headers, zinc } = await asOwner(request)
  // A party due in 40 minutes today (forced past today's rules: the demo may be closed now); just before midnight, 10 minutes ago.
  const parisDay = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(d)
  const soon = new Date(Date.now() + 40 * 60_000)
  const startsAt = parisDay(soon) === parisDay(new Date()) ? soon : new Date(Date.now() - 10 * 60_000)
  const created = await request.post('/api/reservations', {
    headers,
    data: { restaurant: zinc.id, startsAt: startsAt.toISOString(), partySize: 2, guestName: 'Board Regular', status: 'confirmed', source: 'phone', overrideRules: true, overrideReason: 'Test' },
  })
  expect(created.ok(), await created.text()).toBe(true)
  const booking = (await created.json()).doc

  await signIn(page, 'host@techplus.test', 'techplus-host')
  await page.goto('/admin/service')
  const row = page.getByTestId('service-booking').filter({ hasText: booking.reference })
  await expect(row.getByTestId('service-status')).toHaveText('Confirmed')
  // Meanwhile another host cancels it from their own tablet.
  expect((await request.post(`/api/reservations/${booking.id}/status`, { headers, data: { status: 'cancelled' } })).ok()).toBe(true)

  let answer!: () => void
  const held = new Promise<void>((resolve) => (answer = resolve))
  await page.route('**/api/reservations/*/status', async (route) => {
    await held
    await route.continue()
  })
  await row.getByRole('button', { name: 'Seat' }).click()
  // Seated on screen before the server answers...
  await expect(row.getByTestId('service-status')).toHaveText('Seated')
  answer()
  // ...which refuses: the reason is shown, and the board shows the booking as it really is.
  await expect(page.getByRole('alert').filter({ hasText: 'cannot become' })).toBeVisible()
  await expect(row.getByTestId('service-status')).toHaveText('Cancelled')
})

test('a manager moves a table on the floor plan and finds it there after a reload', async ({ page, request }) => {
  const { headers, zinc } = await asOwner(request)
  const t1 = (await (await request.get(`/api/tables?where[restaurant][equals]=${zinc.id}&where[label][equals]=T1&depth=0`, { headers })).json()).docs[0]
  await signIn(page, 'manager@techplus.test', 'techplus-manager')
  await page.goto('/admin/floor')
  await page.getByRole('button', { name: 'Edit the layout' }).click()
  const table = page.getByTestId('floor-table-T1')
  const [x, y] = (await table.getAttribute('data-position'))!.split(',').map(Number) as [number, number]
  const plan = (await page.getByTestId('floor-plan').boundingBox())!
  const unit = plan.width / 100
  const box = (await table.boundingBox())!
  // Drag it 10 units right and 5 down.
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
  await page.mouse.down()
  await page.mouse.move(box.x + box.width / 2 + 5 * unit, box.y + box.height / 2 + 2 * unit, { steps: 4 })
  await page.mouse.move(box.x + box.width / 2 + 10 * unit, box.y + box.height / 2 + 5 * unit, { steps: 4 })
  await page.mouse.up()
  await expect(page.getByTestId('floor-message')).toHaveText('T1 saved.')
  await expect(table).toHaveAttribute('data-position', `${x + 10},${y + 5}`)

  // The keyboard does the same: one unit left.
  await table.focus()
  await page.keyboard.press('ArrowLeft')
  await expect(table).toHaveAttribute('data-position', `${x + 9},${y + 5}`)
  await expect(page.getByTestId('floor-message')).toHaveText('T1 saved.')

  // Shape and joins from the table's form.
  await table.click()
  const form = page.getByRole('form', { name: 'Table T1' })
  await form.getByLabel('Shape').selectOption('round')
  await form.getByRole('button', { name: 'Save table' }).click()
  await expect(page.getByTestId('floor-message')).toHaveText('T1 saved.')

  await page.reload()
  await expect(page.getByTestId('floor-table-T1')).toHaveAttribute('data-position', `${x + 9},${y + 5}`)
  await expect(page.getByTestId('floor-table-T1').locator('ellipse')).toHaveCount(1)
  // Put the room back as the other tests know it.
  expect((await request.patch(`/api/tables/${t1.id}`, { headers, data: { floor: t1.floor } })).ok()).toBe(true)
})

test('a manager stretches a booking by its edge, then forces a refused move with a reason', async ({ page, request }) => {
  const { headers, zinc } = await asOwner(request)
  const date = quietWednesday(4)
  const noon = new Date(`${date}T11:00:00Z`) // 12:00 or 13:00 in Paris: lunch
  const res = await request.post('/api/reservations', {
    headers,
    data: { restaurant: zinc.id, startsAt: noon.toISOString(), partySize: 2, guestName: 'Manager Moves', status: 'confirmed', source: 'phone' },
  })
  expect(res.ok(), await res.text()).toBe(true)
  const booking = (await res.json()).doc
  const tableLabel = booking.tables[0].label

  await signIn(page, 'manager@techplus.test', 'techplus-manager')
  await page.goto(`/admin/calendar?date=${date}`)
  const block = page.getByTestId(`booking-${booking.reference}`)
  await expect(block).toBeVisible()

  // At lunch, stretch it by 30 minutes from its right edge.
  const handle = page.getByTestId(`resize-${booking.reference}`)
  const cell = (await page.getByTestId(`timeline-row-${tableLabel}`).getByRole('cell').boundingBox())!
  const perMinute = cell.width / (15 * 60)
  const edge = (await handle.boundingBox())!
  const stayBefore = Date.parse(booking.endsAt) - Date.parse(booking.startsAt)
  await page.mouse.move(edge.x + edge.width / 2, edge.y + edge.height / 2)
  await page.mouse.down()
  await page.mouse.move(edge.x + edge.width / 2 + 30 * perMinute, edge.y + edge.height / 2, { steps: 5 })
  await page.mouse.up()
  const stay = async () => {
    const doc = await (await request.get(`/api/reservations/${booking.id}?depth=0`, { headers })).json()
    return Date.parse(doc.endsAt) - Date.parse(doc.startsAt)
  }
  await expect.poll(stay).toBe(stayBefore + 30 * 60_000)
  await expect(page.getByTestId('timeline-message')).toHaveText(`${booking.reference} moved.`)

  // 16:00 is between lunch and dinner: refused with the reason, then forced with a reason.
  await block.click()
  await page.getByLabel('Time', { exact: true }).fill('16:00')
  await page.getByRole('button', { name: 'Move the booking' }).click()
  await expect(page.getByTestId('timeline-message')).toContainText('closed at that time')
  const force = page.getByRole('form', { name: `Force the change to ${booking.reference}?` })
  await force.getByLabel('Why').fill('Afternoon tea for the wedding party')
  await force.getByRole('button', { name: 'Force the change' }).click()
  await expect(page.getByTestId('timeline-message')).toHaveText(`${booking.reference} moved.`)
  const moved = await (await request.get(`/api/reservations/${booking.id}?depth=0`, { headers })).json()
  expect(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', hour: '2-digit', minute: '2-digit' }).format(new Date(moved.startsAt))).toBe('16:00')
  const audit = await (await request.get(`/api/audit-log?where[action][equals]=override&where[entityId][equals]=${booking.id}&depth=0`, { headers })).json()
  expect(audit.docs[0].summary).toMatch(/Afternoon tea for the wedding party/)
  // The forced move keeps the new length.
  expect(Date.parse(moved.endsAt) - Date.parse(moved.startsAt)).toBe(Date.parse(booking.endsAt) - Date.parse(booking.startsAt) + 30 * 60_000)
})

test('a host is told why a move is refused and is not offered to force it', async ({ page, request }) => {
  const { headers, zinc } = await asOwner(request)
  const date = quietWednesday(5)
  const res = await request.post('/api/reservations', {
    headers,
    data: { restaurant: zinc.id, startsAt: new Date(`${date}T11:00:00Z`).toISOString(), partySize: 2, guestName: 'Host Tries', status: 'confirmed', source: 'phone' },
  })
  const booking = (await res.json()).doc
  await signIn(page, 'host@techplus.test', 'techplus-host')
  await page.goto(`/admin/calendar?date=${date}`)
  await page.getByTestId(`booking-${booking.reference}`).click()
  await page.getByLabel('Time', { exact: true }).fill('16:00')
  await page.getByRole('button', { name: 'Move the booking' }).click()
  await expect(page.getByTestId('timeline-message')).toHaveText('The restaurant is closed at that time. Only a manager can override the booking rules.')
  await expect(page.getByRole('form', { name: /Force the change/ })).toHaveCount(0)
})

test('the week and month views show covers per day and service, and a day opens its timeline', async ({ page, request }) => {
  const { headers } = await asOwner(request)
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date())
  await signIn(page, 'host@techplus.test', 'techplus-host')
  await page.goto(`/admin/calendar?view=week&date=${today}`)
  await expect(page.getByRole('heading', { name: 'Week — Le Petit Zinc' })).toBeVisible()
  const week = await (await request.get(`/api/restaurants/le-petit-zinc/calendar?from=${today}&to=${today}`, { headers })).json()
  const cell = page.getByTestId(`calendar-day-${today}`)
  await expect(cell.getByTestId('day-covers')).toHaveText(week.days[0].covers === 1 ? '1 cover' : `${week.days[0].covers} covers`)
  await expect(page.locator('[data-testid^="calendar-day-"]')).toHaveCount(7)

  await page.getByRole('button', { name: 'Month' }).click()
  await expect(page.getByRole('heading', { name: 'Month — Le Petit Zinc' })).toBeVisible()
  await expect(page.getByTestId(`calendar-day-${today.slice(0, 8)}01`)).toBeVisible()
  expect(await page.locator('[data-testid^="calendar-day-"]').count()).toBeGreaterThanOrEqual(28)

  await page.getByTestId(`calendar-day-${today}`).click()
  await expect(page.getByRole('heading', { name: 'Day by table — Le Petit Zinc' })).toBeVisible()
  await expect(page.getByLabel('Day')).toHaveValue(today)
})

test("a host of La Cantine sees only La Cantine in every staff view", async ({ page }) => {
  await signIn(page, 'host@cantine.test', 'techplus-host')
  for (const [path, heading] of [
    ['/admin/service', "Today's service — La Cantine du Port"],
    ['/admin/calendar', 'Day by table — La Cantine du Port'],
    ['/admin/calendar?view=month', 'Month — La Cantine du Port'],
    ['/admin/floor', 'Floor plan — La Cantine du Port'],
  ] as const) {
    await page.goto(path)
    await expect(page.getByRole('heading', { name: heading })).toBeVisible()
    // No switcher to another restaurant, and not a word of it on the page.
    await expect(page.getByLabel('Restaurant', { exact: true })).toHaveCount(0)
    await expect(page.getByText('Petit Zinc')).toHaveCount(0)
  }
})

test('a manager reads the analytics against the previous period and downloads the report; a host sees none of it', async ({ page, request }) => {
  await signIn(page, 'manager@techplus.test', 'techplus-manager')
  await page.goto('/admin/analytics')
  await expect(page.getByRole('heading', { name: 'Analytics — Le Petit Zinc' })).toBeVisible()
  await page.getByLabel('Last 30 days').check()
  const { headers } = await asOwner(request)
  const day = (offset: number) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date(Date.now() + offset * 86_400_000))
  const figures = await (await request.get(`/api/restaurants/le-petit-zinc/analytics?from=${day(-29)}&to=${day(0)}`, { headers })).json()
  await expect(page.getByTestId('kpi-covers')).toContainText(new Intl.NumberFormat('en-GB').format(figures.current.covers))
  await expect(page.getByTestId('chart-weekday')).toBeVisible()

  const download = page.waitForEvent('download')
  await page.getByTestId('report-csv').click()
  const file = await download
  expect(file.suggestedFilename()).toMatch(/\.csv$/)

  // Hosts run the service; the figures are not theirs to read.
  await page.context().clearCookies()
  await signIn(page, 'host@techplus.test', 'techplus-host')
  await expect(page.getByRole('link', { name: 'Analytics' })).toHaveCount(0)
  await page.goto('/admin/analytics')
  await expect(page.getByTestId('kpi-covers')).toHaveCount(0)
})
