import { expect, test, type APIRequestContext, type Locator, type Page } from '@playwright/test'
import { signIn } from '../support/adminSignIn'

/**
 * The day timeline and the floor plan on a 10-inch tablet held in landscape, driven by a finger.
 * Playwright has no touch drag: the finger is Chromium's own touch input (CDP Input.dispatchTouchEvent),
 * the events a tablet sends — touchstart, a hold, touchmoves, touchend.
 */
test.use({ locale: 'en-GB', viewport: { width: 1080, height: 810 }, hasTouch: true })

async function asOwner(request: APIRequestContext) {
  const login = await request.post('/api/users/login', { data: { email: 'owner@techplus.test', password: 'techplus-owner' } })
  const headers = { Authorization: `JWT ${(await login.json()).token}` }
  const zinc = (await (await request.get('/api/restaurants?where[slug][equals]=le-petit-zinc&depth=0')).json()).docs[0]
  return { headers, zinc }
}

/** A Wednesday some weeks ahead, in Paris: lunch is served and nothing is seeded then. */
function quietWednesday(weeks: number) {
  const parisDay = (offset: number) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date(Date.now() + offset * 86_400_000))
  const weekday = (offset: number) => new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', weekday: 'short' }).format(new Date(Date.now() + offset * 86_400_000))
  let offset = weeks * 7
  while (weekday(offset) !== 'Wed') offset++
  return parisDay(offset)
}

const parisTime = (iso: string) => new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', hour: '2-digit', minute: '2-digit' }).format(new Date(iso))

async function bookLunch(request: APIRequestContext, date: string, partySize: number, guestName: string) {
  const { headers, zinc } = await asOwner(request)
  const res = await request.post('/api/reservations', {
    headers,
    data: { restaurant: zinc.id, startsAt: new Date(`${date}T11:00:00Z`).toISOString(), partySize, guestName, status: 'confirmed', source: 'phone' },
  })
  expect(res.ok(), await res.text()).toBe(true)
  const doc = (await res.json()).doc
  // The seeded room only (T1…T16): other specs add and deactivate tables of their own in the same restaurant.
  const all = (await (await request.get(`/api/tables?where[restaurant][equals]=${zinc.id}&where[active][equals]=true&limit=100&depth=0`, { headers })).json()).docs as { id: number; label: string; maxCapacity: number }[]
  const tables = all.filter((t) => /^T\d+$/.test(t.label))
  const reservation = async () => (await (await request.get(`/api/reservations/${doc.id}?depth=0`, { headers })).json()) as { tables: number[]; startsAt: string; endsAt: string }
  return { booking: doc as { id: number; reference: string; startsAt: string; tables: { id: number; label: string }[] }, tables, reservation }
}

/** A finger: pressed on `from`, held past the long press, slid to `to` in small steps, lifted. */
async function touchDrag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }, whileHeld?: () => Promise<void>) {
  const cdp = await page.context().newCDPSession(page)
  const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number, y: number) =>
    cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x: Math.round(x), y: Math.round(y) }] })
  await touch('touchStart', from.x, from.y)
  await page.waitForTimeout(450)
  const steps = 12
  for (let i = 1; i <= steps; i++) await touch('touchMove', from.x + ((to.x - from.x) * i) / steps, from.y + ((to.y - from.y) * i) / steps)
  await whileHeld?.()
  await touch('touchEnd', to.x, to.y)
  await cdp.detach()
}

const centre = async (locator: Locator) => {
  const box = (await locator.boundingBox())!
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 }
}

test('a host drags a booking by touch to another table and it is saved there; a tap opens it', async ({ page, request }) => {
  const date = quietWednesday(7)
  const { booking, tables, reservation } = await bookLunch(request, date, 2, 'Touch Moves')
  const from = booking.tables[0]!

  await signIn(page, 'host@techplus.test', 'techplus-host')
  await page.goto(`/admin/calendar?date=${date}`)
  const block = page.getByTestId(`booking-${booking.reference}`)
  await expect(page.getByTestId(`timeline-row-${from.label}`).getByTestId(`booking-${booking.reference}`)).toBeVisible()
  // The nearest row below or above of a free table that seats two (nothing else is booked that day).
  const rows = await page.locator('[data-testid^="timeline-row-"]').evaluateAll((els) => els.map((el) => el.getAttribute('data-testid')!.slice('timeline-row-'.length)))
  const here = rows.indexOf(from.label)
  const seatsTwo = (label: string) => tables.some((t) => t.label === label && t.maxCapacity >= 2 && t.label !== from.label)
  const toLabel = rows.filter(seatsTwo).sort((a, b) => Math.abs(rows.indexOf(a) - here) - Math.abs(rows.indexOf(b) - here))[0]!
  const to = tables.find((t) => t.label === toLabel)!

  // A tap opens the booking's form, as a click does.
  const start = await centre(block)
  await page.touchscreen.tap(start.x, start.y)
  const form = page.getByRole('form', { name: `Move ${booking.reference}` })
  await expect(form).toBeVisible()
  await form.getByRole('button', { name: 'Close' }).click()

  // A long press, then the finger slides down to the other table's row at the same time.
  const target = (await page.getByTestId(`timeline-row-${to.label}`).getByRole('cell').boundingBox())!
  await touchDrag(page, start, { x: start.x, y: target.y + target.height / 2 }, async () => {
    // While held, the overlay says where it would land.
    await expect(page.getByTestId('drag-overlay')).toContainText(`Table ${to.label} · ${parisTime(booking.startsAt)}`)
  })

  await expect(page.getByTestId(`timeline-row-${to.label}`).getByTestId(`booking-${booking.reference}`)).toBeVisible()
  await expect(page.getByTestId('timeline-message')).toHaveText(`${booking.reference} moved.`)
  await expect.poll(async () => (await reservation()).tables).toEqual([to.id])
  expect(parisTime((await reservation()).startsAt)).toBe(parisTime(booking.startsAt))
})

test('a refused drop puts the booking back where it was and says why; a manager is offered to force it', async ({ page, request }) => {
  const date = quietWednesday(8)
  const { booking, tables, reservation } = await bookLunch(request, date, 4, 'Too Many For Two')
  const from = booking.tables[0]!
  const small = tables.find((t) => t.maxCapacity === 2 && t.label !== 'T10')!

  await signIn(page, 'manager@techplus.test', 'techplus-manager')
  await page.goto(`/admin/calendar?date=${date}`)
  const block = page.getByTestId(`booking-${booking.reference}`)
  await expect(page.getByTestId(`timeline-row-${from.label}`).getByTestId(`booking-${booking.reference}`)).toBeVisible()
  const start = await centre(block)
  const target = (await page.getByTestId(`timeline-row-${small.label}`).getByRole('cell').boundingBox())!
  // The server's answer waits until the screen has been read: the move shows before it.
  let answer!: () => void
  const held = new Promise<void>((resolve) => (answer = resolve))
  await page.route('**/api/reservations/*', async (route) => {
    if (route.request().method() === 'PATCH') await held
    await route.continue()
  })
  await touchDrag(page, start, { x: start.x, y: target.y + target.height / 2 })
  await expect(page.getByTestId(`timeline-row-${small.label}`).getByTestId(`booking-${booking.reference}`)).toBeVisible()
  answer()

  await expect(page.getByTestId('timeline-message')).toContainText('The chosen tables do not seat this party')
  await expect(page.getByTestId('timeline-message')).toHaveAttribute('role', 'alert')
  await expect(page.getByTestId(`timeline-row-${from.label}`).getByTestId(`booking-${booking.reference}`)).toBeVisible()
  await expect(page.getByTestId(`timeline-row-${small.label}`).getByTestId(`booking-${booking.reference}`)).toHaveCount(0)
  await expect(page.getByRole('form', { name: `Force the change to ${booking.reference}?` })).toBeVisible()
  expect((await reservation()).tables).toEqual([from.id])
})

test('the keyboard moves a booking too: Space picks it up, an arrow changes its time, Space drops it; Enter opens the form', async ({ page, request }) => {
  const date = quietWednesday(9)
  const { booking, reservation } = await bookLunch(request, date, 2, 'Keys Only')
  const from = booking.tables[0]!

  await signIn(page, 'host@techplus.test', 'techplus-host')
  await page.goto(`/admin/calendar?date=${date}`)
  const block = page.getByTestId(`booking-${booking.reference}`)
  await expect(block).toBeVisible()

  await block.focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('form', { name: `Move ${booking.reference}` })).toBeVisible()
  await page.getByRole('button', { name: 'Close' }).click()

  // One slot (the restaurant's interval, 15 minutes) later, same table.
  await block.focus()
  await page.keyboard.press('Space')
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('Space')
  await expect(page.getByTestId('timeline-message')).toHaveText(`${booking.reference} moved.`)
  await expect.poll(async () => (await reservation()).startsAt).toBe(new Date(Date.parse(booking.startsAt) + 15 * 60_000).toISOString())
  expect((await reservation()).tables).toEqual([from.id])
  // The drop did not open the form.
  await expect(page.getByRole('form', { name: `Move ${booking.reference}` })).toHaveCount(0)
})

test('the stretch handle is a finger-sized target on a tablet', async ({ page, request }) => {
  const date = quietWednesday(10)
  const { booking } = await bookLunch(request, date, 2, 'Finger Stretch')
  await signIn(page, 'host@techplus.test', 'techplus-host')
  await page.goto(`/admin/calendar?date=${date}`)
  const handle = (await page.getByTestId(`resize-${booking.reference}`).boundingBox())!
  expect(handle.width).toBeGreaterThanOrEqual(44)
  expect(handle.height).toBeGreaterThanOrEqual(44)
})

test('on the floor plan five arrow presses move a table five units with one save, and it stays there after a reload', async ({ page, request }) => {
  const { headers, zinc } = await asOwner(request)
  const t2 = (await (await request.get(`/api/tables?where[restaurant][equals]=${zinc.id}&where[label][equals]=T2&depth=0`, { headers })).json()).docs[0]
  await signIn(page, 'manager@techplus.test', 'techplus-manager')
  await page.goto('/admin/floor')
  await page.getByRole('button', { name: 'Edit the layout' }).click()
  const table = page.getByTestId('floor-table-T2')
  const [x, y] = (await table.getAttribute('data-position'))!.split(',').map(Number) as [number, number]

  const patches: string[] = []
  const dayFetches: string[] = []
  page.on('request', (r) => {
    if (r.method() === 'PATCH' && r.url().includes('/api/tables/')) patches.push(r.url())
    if (r.method() === 'GET' && r.url().includes('/service')) dayFetches.push(r.url())
  })
  await table.focus()
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowDown')
  // Drawn at once, before anything is saved.
  await expect(table).toHaveAttribute('data-position', `${x},${y + 5}`)
  await expect(page.getByTestId('floor-message')).toHaveText('T2 saved.')
  await page.waitForTimeout(1_000)
  expect(patches).toEqual([expect.stringContaining(`/api/tables/${t2.id}`)])
  expect(dayFetches).toEqual([])

  await page.reload()
  await expect(page.getByTestId('floor-table-T2')).toHaveAttribute('data-position', `${x},${y + 5}`)
  expect((await request.patch(`/api/tables/${t2.id}`, { headers, data: { floor: t2.floor } })).ok()).toBe(true)
})
