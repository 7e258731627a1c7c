import { expect, test} from '@playwright/test'
import { signIn } from '../support/adminSignIn'

test.use({ locale: 'en-GB' })

test('the seeded admin signs in and finds restaurants, reservations and the menu', async ({ page }) => {
  await signIn(page, 'admin@techplus.test', 'techplus-admin')
  await expect(page.getByRole('link', { name: /Restaurants/ }).first()).toBeVisible()
  await expect(page.getByRole('link', { name: /Reservations/ }).first()).toBeVisible()
  await expect(page.getByRole('link', { name: /Dishes/ }).first()).toBeVisible()
  await page.goto('/admin/collections/restaurants')
  await expect(page.getByRole('link', { name: 'Le Petit Zinc' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'La Cantine du Port' })).toBeVisible()
})

test("a host sees only their restaurant's reservations", async ({ page }) => {
  await signIn(page, 'host@techplus.test', 'techplus-host')
  await page.goto('/admin/collections/reservations?limit=100')
  const rows = page.locator('table tbody tr')
  await expect(rows.first()).toBeVisible()
  expect(await rows.count()).toBeGreaterThan(5)
  await expect(page.locator('table tbody')).not.toContainText('La Cantine du Port')
})

test('a wrong password is refused with a message, not an error page', async ({ page }) => {
  await page.goto('/admin/login')
  await page.getByLabel(/email/i).fill('host@techplus.test')
  await page.getByLabel(/password/i).fill('not-the-password')
  await page.getByRole('button', { name: /login/i }).click()
  await expect(page.getByText(/incorrect|invalid/i)).toBeVisible()
  await expect(page).toHaveURL(/\/admin\/login/)
})

test('an owner changes a dish in the admin and the menu shows it on the next visit', async ({ page }) => {
  await signIn(page, 'owner@techplus.test', 'techplus-owner')
  const found = await page.request.get('/api/menu-items?where[slug][equals]=riz-au-lait&depth=0')
  const dish = (await found.json()).docs[0]
  await page.goto('/en/menu')
  const card = page.locator('.dish', { hasText: 'Rice pudding' })
  await expect(card).toBeVisible()
  // Stored in cents; the owner types euros as the menu prints them, with a decimal comma.
  const newPriceMinor = dish.priceMinor + 150
  await page.goto(`/admin/collections/menu-items/${dish.id}`)
  await page.getByLabel('Price').fill((newPriceMinor / 100).toFixed(2).replace('.', ','))
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByText(/updated successfully/i)).toBeVisible()
  const saved = await (await page.request.get(`/api/menu-items/${dish.id}?depth=0`)).json()
  expect(saved.priceMinor).toBe(newPriceMinor)
  await page.goto('/en/menu')
  await expect(card.locator('.dish__price')).toHaveText(new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR' }).format(newPriceMinor / 100))
})

test('the service dashboard is for signed-in staff; a host seats the party that just arrived', async ({ page, request }) => {
  const anonymous = await page.goto('/admin/service')
  await expect(page).toHaveURL(/\/admin\/login/)
  expect(anonymous?.status()).toBeLessThan(500)

  // A party arriving in 20 minutes, booked by the owner on the phone (forced past today's rules: the demo may be closed today).
  // Just before midnight in Paris, "in 20 minutes" is tomorrow: then the party arrived 10 minutes ago instead.
  const parisDay = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(d)
  const soon = new Date(Date.now() + 20 * 60_000)
  const sameDay = parisDay(soon) === parisDay(new Date())
  // (The `request` fixture has its own cookies: the browser stays signed out until the host signs in.)
  const login = await request.post('/api/users/login', { data: { email: 'owner@techplus.test', password: 'techplus-owner' } })
  const headers = { Authorization: `JWT ${(await login.json()).token}` }
  const zinc = (await (await request.get('/api/restaurants?where[slug][equals]=le-petit-zinc&depth=0')).json()).docs[0]
  const created = await request.post('/api/reservations', {
    headers,
    data: {
      restaurant: zinc.id,
      startsAt: (sameDay ? soon : new Date(Date.now() - 10 * 60_000)).toISOString(),
      partySize: 3,
      guestName: 'Arrivée Imminente',
      source: 'phone',
      status: 'confirmed',
      overrideRules: true,
      overrideReason: 'Regulars, squeezed in',
    },
  })
  expect(created.ok(), await created.text()).toBe(true)
  const reference = (await created.json()).doc.reference

  await signIn(page, 'host@techplus.test', 'techplus-host')
  await expect(page.getByRole('link', { name: "Today's service" })).toHaveAttribute('href', '/admin/service')
  await page.goto('/admin/service')
  await expect(page.getByRole('heading', { name: "Today's service — Le Petit Zinc" })).toBeVisible()
  if (sameDay) await expect(page.getByTestId('arriving')).toContainText('Arrivée Imminente')
  const row = page.getByTestId('service-booking').filter({ hasText: reference })
  await row.getByRole('button', { name: 'Seat' }).click()
  await expect(row.getByTestId('service-status')).toHaveText('Seated')
  await expect(page.getByTestId('seated')).toContainText('Arrivée Imminente')
})

test('a host moves a booking to another table on the day timeline; a move onto a taken table is refused with the reason', async ({ page, request }) => {
  const login = await request.post('/api/users/login', { data: { email: 'owner@techplus.test', password: 'techplus-owner' } })
  const headers = { Authorization: `JWT ${(await login.json()).token}` }
  const zinc = (await (await request.get('/api/restaurants?where[slug][equals]=le-petit-zinc&depth=0')).json()).docs[0]
  const tables = (await (await request.get(`/api/tables?where[restaurant][equals]=${zinc.id}&where[maxCapacity][greater_than_equal]=2&sort=label&limit=50`, { headers })).json()).docs
  // A Wednesday three weeks or more ahead: a lunch service, and no seeded closure.
  const parisDay = (offset: number) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date(Date.now() + offset * 86_400_000))
  const weekday = (offset: number) => new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', weekday: 'short' }).format(new Date(Date.now() + offset * 86_400_000))
  let offset = 21
  while (weekday(offset) !== 'Wed') offset++
  const date = parisDay(offset)
  const noon = new Date(`${date}T11:00:00Z`) // 12:00 in Paris (winter) or 13:00 (summer): lunch either way
  const book = async (name: string, table: number) => {
    const res = await request.post('/api/reservations', {
      headers,
      data: { restaurant: zinc.id, startsAt: noon.toISOString(), partySize: 2, guestName: name, status: 'confirmed', source: 'phone', tables: [table] },
    })
    expect(res.ok(), await res.text()).toBe(true)
    return (await res.json()).doc.reference as string
  }
  const [first, second, free] = tables as { id: number; label: string }[]
  const moving = await book('Timeline Moves', first!.id)
  await book('Timeline Stays', second!.id)

  await signIn(page, 'host@techplus.test', 'techplus-host')
  await page.goto(`/admin/calendar?date=${date}`)
  await expect(page.getByTestId(`timeline-row-${first!.label}`).getByTestId(`booking-${moving}`)).toBeVisible()

  // Keyboard path: select the booking, pick a free table, move.
  await page.getByTestId(`booking-${moving}`).focus()
  await page.keyboard.press('Enter')
  await page.getByRole('combobox', { name: 'Table' }).selectOption(String(free!.id))
  await page.getByRole('button', { name: 'Move the booking' }).click()
  await expect(page.getByTestId('timeline-message')).toHaveText(`${moving} moved.`)
  await expect(page.getByTestId(`timeline-row-${free!.label}`).getByTestId(`booking-${moving}`)).toBeVisible()

  // Onto the table already taken at that time: refused, and told why.
  await page.getByTestId(`booking-${moving}`).click()
  await page.getByRole('combobox', { name: 'Table' }).selectOption(String(second!.id))
  await page.getByRole('button', { name: 'Move the booking' }).click()
  await expect(page.getByTestId('timeline-message')).toContainText('taken at that time')
  await expect(page.getByTestId(`timeline-row-${free!.label}`).getByTestId(`booking-${moving}`)).toBeVisible()

  // Drag and drop with the mouse: straight up or down to its first table, so at the same time.
  const from = (await page.getByTestId(`booking-${moving}`).boundingBox())!
  const to = (await page.getByTestId(`timeline-row-${first!.label}`).getByRole('cell').boundingBox())!
  await page.mouse.move(from.x + 4, from.y + from.height / 2)
  await page.mouse.down()
  await page.mouse.move(from.x + 4, to.y + to.height / 2, { steps: 8 })
  await page.mouse.up()
  await expect(page.getByTestId('timeline-message')).toHaveText(`${moving} moved.`)
  await expect(page.getByTestId(`timeline-row-${first!.label}`).getByTestId(`booking-${moving}`)).toBeVisible()
})

test('on the floor plan, a host sees the table of the party due and seats it with a click', async ({ page, request }) => {
  const login = await request.post('/api/users/login', { data: { email: 'owner@techplus.test', password: 'techplus-owner' } })
  const headers = { Authorization: `JWT ${(await login.json()).token}` }
  const zinc = (await (await request.get('/api/restaurants?where[slug][equals]=le-petit-zinc&depth=0')).json()).docs[0]
  const parisDay = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(d)
  const soon = new Date(Date.now() + 25 * 60_000)
  const startsAt = parisDay(soon) === parisDay(new Date()) ? soon : new Date(Date.now() - 5 * 60_000)
  // A table with nobody on it for the next three hours.
  const service = await (await request.get('/api/restaurants/le-petit-zinc/service', { headers })).json()
  const quiet = (service.tables as { id: number; label: string }[]).find((t) => {
    const { state, next } = service.floor[String(t.id)]
    return state === 'free' && (!next || new Date(next.startsAt).getTime() > Date.now() + 3 * 3_600_000)
  })!
  const created = await request.post('/api/reservations', {
    headers,
    data: { restaurant: zinc.id, startsAt: startsAt.toISOString(), partySize: 2, guestName: 'Floor Guest', source: 'phone', status: 'confirmed', tables: [quiet.id], overrideRules: true, overrideReason: 'Test' },
  })
  expect(created.ok(), await created.text()).toBe(true)
  const doc = (await created.json()).doc
  const label = quiet.label

  await signIn(page, 'host@techplus.test', 'techplus-host')
  await page.goto('/admin/floor')
  const table = page.getByTestId(`floor-table-${label}`)
  await expect(table).toHaveAttribute('data-state', 'booked_soon')
  await table.focus()
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('floor-message')).toHaveText(`${doc.reference} seated.`)
  await expect(table).toHaveAttribute('data-state', 'seated')
})
