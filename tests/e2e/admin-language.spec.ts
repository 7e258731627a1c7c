import { expect, test, type APIRequestContext, type Page } from '@playwright/test'
import { signIn } from '../support/adminSignIn'

/**
 * The product's words as the English admin says them, none of which is French: a French-speaking
 * member of staff must meet none of them. Words French writes the same way ("Table", "Service",
 * "Notes", "Restaurant", "Source", "Occasion", "Allergies", "Rotation") are not listed.
 */
const ENGLISH_ONLY = [
  'Reservations',
  'Reservation',
  'Reference',
  'Party size',
  'Guests',
  'Guest',
  'Name',
  'Phone',
  'Language',
  'Status',
  'Pending',
  'Pending payment',
  'Confirmed',
  'Seated',
  'Completed',
  'Cancelled',
  'No-show',
  'No-shows',
  'Waitlist',
  'Covers',
  'covers',
  'Walk-in',
  'Online',
  'Staff',
  'Deposit',
  'Deposits',
  'Paid',
  'Refund',
  'Refunded',
  'Amount',
  'Reason',
  'Occupancy',
  'Bookings',
  'Booking',
  'bookings',
  'Arrival',
  'Starts At',
  'Ends At',
  'Special requests',
  'Internal notes',
  'Last visit',
  'Visits',
  'Birthday',
  'Anniversary',
  'Today',
  "Today's service",
  'Tomorrow',
  'Day',
  'Week',
  'Month',
  'Previous',
  'Next',
  'Late',
  'Arriving',
  'Seat',
  'Move',
  'Save',
  'Close',
  'Cancel',
  'Confirm',
  'Export',
  'Download',
  'None',
  'Loading',
  'Floor plan',
  'Edit the layout',
  'Analytics',
  'Last 30 days',
  'Period',
  'Previous period',
  'Forecast',
  'Reports',
  'Weekday',
  'Override',
  'Why',
]

async function asOwner(request: APIRequestContext) {
  const login = await request.post('/api/users/login', { data: { email: 'owner@techplus.test', password: 'techplus-owner' } })
  return { Authorization: `JWT ${(await login.json()).token}` }
}

/**
 * What the restaurant's people typed (guests' names, requests, table labels): data, not the admin's
 * words. Other tests book "Floor Guest" and the like; those names may be on the pages too.
 */
async function typedByPeople(request: APIRequestContext): Promise<string[]> {
  const headers = await asOwner(request)
  // Every page: the API serves at most 100 documents at a time (src/security/pageSize.ts).
  const get = async (path: string) => {
    const docs: Record<string, unknown>[] = []
    for (let page = 1; ; page++) {
      const body = await (await request.get(`${path}&limit=100&page=${page}`, { headers })).json()
      docs.push(...((body.docs ?? []) as Record<string, unknown>[]))
      if (!body.hasNextPage) return docs
    }
  }
  const reservations = await get('/api/reservations?depth=0&select[guestName]=true&select[specialRequests]=true&select[internalNotes]=true')
  const guests = await get('/api/guests?depth=0&select[name]=true&select[notes]=true')
  const values = [...reservations.flatMap((r) => [r.guestName, r.specialRequests, r.internalNotes]), ...guests.flatMap((g) => [g.name, g.notes])]
  // Longest first, so a name is removed whole before any shorter name inside it.
  return [...new Set(values.filter((v): v is string => typeof v === 'string' && v.trim().length > 0))].sort((a, b) => b.length - a.length)
}

/** The English-only product words on the page, outside what people typed. */
async function englishOn(page: Page, data: string[]): Promise<string[]> {
  let text = await page.evaluate(() => document.body.innerText)
  for (const value of data) text = text.split(value).join(' ')
  return ENGLISH_ONLY.filter((term) => new RegExp(`(?<![\\p{L}\\p{N}_'’-])${term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}_'’-])`, 'u').test(text)).map(
    (term) => `${term} (${page.url().replace(/^https?:\/\/[^/]+/, '')})`,
  )
}

test.describe('a French-speaking member of staff', () => {
  test.use({ locale: 'fr-FR' })

  test('a host sees no English word in the reservations list, a booking, the service, the calendar and the floor', async ({ page, request }) => {
    // Seven pages, each loaded and read in full.
    test.setTimeout(180_000)
    const data = await typedByPeople(request)
    const headers = await asOwner(request)
    // A booking with the most on its form: a paid deposit (the refund box) and a guest profile (the card).
    const withDeposit = (await (await request.get('/api/reservations?where[deposit.status][equals]=paid&where[guest][exists]=true&limit=1&depth=0', { headers })).json()).docs[0]
    expect(withDeposit, 'the demo seeds bookings with a paid deposit').toBeTruthy()

    await signIn(page, 'host@techplus.test', 'techplus-host')
    const found: string[] = []

    await page.goto('/admin/collections/reservations')
    await expect(page.locator('table tbody tr').first()).toBeVisible()
    await expect(page.locator('thead').getByText('Couverts', { exact: true })).toBeVisible()
    // The statuses of the bookings, in French (the list used to show "Confirmed").
    await expect(page.locator('table tbody').getByText(/^(Confirmée|Terminée|À table|Annulée|Absent)$/).first()).toBeVisible()
    found.push(...(await englishOn(page, data)))

    await page.goto(`/admin/collections/reservations/${withDeposit.id}`)
    await expect(page.getByText('Rembourser l’acompte')).toBeVisible()
    await expect(page.getByText(/Visites : \d+/)).toBeVisible()
    found.push(...(await englishOn(page, data)))

    await page.goto('/admin/service')
    await expect(page.getByRole('heading', { name: 'Service du jour — Le Petit Zinc' })).toBeVisible()
    await expect(page.getByTestId('covers-today')).toBeVisible()
    found.push(...(await englishOn(page, data)))

    await page.goto('/admin/calendar')
    await expect(page.getByRole('heading', { name: 'Journée par table — Le Petit Zinc' })).toBeVisible()
    await expect(page.locator('[data-testid^="timeline-row-"]').first()).toBeVisible()
    found.push(...(await englishOn(page, data)))

    for (const [view, heading] of [
      ['week', 'Semaine'],
      ['month', 'Mois'],
    ] as const) {
      await page.goto(`/admin/calendar?view=${view}`)
      await expect(page.getByRole('heading', { name: `${heading} — Le Petit Zinc` })).toBeVisible()
      await expect(page.getByTestId('covers-calendar')).toBeVisible()
      await expect(page.getByTestId('day-covers').first()).toHaveText(/^\d+ couverts?$/)
      found.push(...(await englishOn(page, data)))
    }

    await page.goto('/admin/floor')
    await expect(page.getByRole('heading', { name: 'Plan de salle — Le Petit Zinc' })).toBeVisible()
    await expect(page.getByTestId('floor-table-T1')).toHaveAccessibleName(/— (libre|réservée bientôt|occupée|dépassement)/)
    found.push(...(await englishOn(page, data)))

    expect(found).toEqual([])
  })

  test('a manager sees no English word in the analytics', async ({ page, request }) => {
    const data = await typedByPeople(request)
    await signIn(page, 'manager@techplus.test', 'techplus-manager')
    await page.goto('/admin/analytics')
    await expect(page.getByRole('heading', { name: 'Statistiques — Le Petit Zinc' })).toBeVisible()
    await expect(page.getByTestId('kpi-covers')).toBeVisible()
    await expect(page.getByTestId('chart-weekday')).toContainText('lun.')
    expect(await englishOn(page, data)).toEqual([])
  })

  test('an owner sees no English word on the partners’ API keys, the list and a new key’s form', async ({ page, request }) => {
    const data = await typedByPeople(request)
    await signIn(page, 'owner@techplus.test', 'techplus-owner')
    await page.goto('/admin/collections/integrations/create')
    await expect(page.getByText('Ce que la clé peut faire ; tout le reste est refusé.')).toBeVisible()
    await page.getByLabel('Activer la clé API').check()
    await expect(page.locator('input#apiKey')).not.toHaveValue('')
    const found = await englishOn(page, data)
    await page.goto('/admin/collections/integrations')
    await expect(page.getByRole('heading', { name: 'Clés d’API' })).toBeVisible()
    found.push(...(await englishOn(page, data)))
    expect(found).toEqual([])
  })
})

test.describe('an English-speaking member of staff', () => {
  test.use({ locale: 'en-GB' })

  test('still reads the admin in English', async ({ page, request }) => {
    const headers = await asOwner(request)
    const withDeposit = (await (await request.get('/api/reservations?where[deposit.status][equals]=paid&limit=1&depth=0', { headers })).json()).docs[0]
    await signIn(page, 'host@techplus.test', 'techplus-host')
    // Amounts are custom fields, which Payload words once per collection (the French host above opened
    // this form first): they still read in English here.
    await page.goto(`/admin/collections/reservations/${withDeposit.id}`)
    await expect(page.getByText('Refund the deposit')).toBeVisible()
    await expect(page.getByLabel('Refunded', { exact: true })).toBeVisible()
    await expect(page.getByText('Remboursé', { exact: true })).toHaveCount(0)
    await page.goto('/admin/collections/reservations')
    await expect(page.locator('thead').getByText('Party size', { exact: true })).toBeVisible()
    await expect(page.locator('table tbody').getByText(/^(Confirmed|Completed|Seated|Cancelled|No-show)$/).first()).toBeVisible()
    await page.goto('/admin/service')
    await expect(page.getByRole('heading', { name: "Today's service — Le Petit Zinc" })).toBeVisible()
    // The same reading finds the English words here: the French pages pass because they have none.
    expect(await englishOn(page, [])).toEqual(expect.arrayContaining(['Today\'s service (/admin/service)', 'Seated (/admin/service)']))
    await page.goto('/admin/calendar?view=week')
    await expect(page.getByRole('heading', { name: 'Week — Le Petit Zinc' })).toBeVisible()
    await expect(page.getByTestId('day-covers').first()).toHaveText(/^\d+ covers?$/)
  })
})
