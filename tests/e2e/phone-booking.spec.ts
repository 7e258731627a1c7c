import AxeBuilder from '@axe-core/playwright'
import { expect, test, type APIRequestContext} from '@playwright/test'
import { signIn } from '../support/adminSignIn'

/**
 * A host on a 10-inch tablet in landscape, in French, taking bookings on the phone from the
 * new-booking drawer. Taps and keystroke groups after the drawer opens are counted: the issue's
 * promise is a returning guest booked in six at most.
 */
test.use({ locale: 'fr-FR', viewport: { width: 1080, height: 810 }, hasTouch: true, isMobile: false })

async function asOwner(request: APIRequestContext) {
  const login = await request.post('/api/users/login', { data: { email: 'owner@techplus.test', password: 'techplus-owner' } })
  const headers = { Authorization: `JWT ${(await login.json()).token}` }
  const zinc = (await (await request.get('/api/restaurants?where[slug][equals]=le-petit-zinc&depth=0', { headers })).json()).docs[0]
  return { headers, zinc }
}

/** A Thursday some weeks ahead, in Paris: both services open and nothing seeded then. */
function quietThursday(weeks: number) {
  const parisDay = (offset: number) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date(Date.now() + offset * 86_400_000))
  const weekday = (offset: number) => new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', weekday: 'short' }).format(new Date(Date.now() + offset * 86_400_000))
  let offset = weeks * 7
  while (weekday(offset) !== 'Thu') offset++
  return parisDay(offset)
}

test('a host books a returning guest found by phone in six taps at most, sees it on the timeline and on the profile', async ({ page, request }) => {
  test.setTimeout(120_000)
  const { headers, zinc } = await asOwner(request)
  const stamp = Date.now()
  const guest = (
    await (
      await request.post('/api/guests', {
        headers,
        data: { name: 'Odile Perret', email: `odile.${stamp}@example.fr`, phone: '+33671234567', allergies: 'Fruits à coque', restaurants: [zinc.id], locale: 'fr' },
      })
    ).json()
  ).doc
  const date = quietThursday(5)
  const day = await (await request.get(`/api/restaurants/le-petit-zinc/staff-availability?date=${date}&party=2`, { headers })).json()
  const time = day.slots.find((s: { available: boolean; service: string }) => s.available && /d[iî]ner|dinner|soir/i.test(s.service))?.time ?? day.slots.find((s: { available: boolean }) => s.available).time

  await signIn(page, 'host@techplus.test', 'techplus-host')
  await page.goto('/admin/service')
  await page.getByRole('button', { name: 'Nouvelle réservation', exact: true }).tap()
  const drawer = page.getByRole('dialog', { name: 'Nouvelle réservation' })
  await expect(drawer).toBeVisible()
  // Nothing of the page scrolls sideways under the drawer.
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true)

  let taps = 0
  await drawer.getByLabel('Chercher un client : téléphone, e-mail ou nom').fill('06 71 23 45 67')
  taps++
  const match = drawer.getByTestId('guest-matches').getByRole('button', { name: /Odile Perret/ })
  await expect(match).toContainText('Fruits à coque')
  await expect(match).toContainText('0 visite')
  await match.tap()
  taps++
  await drawer.getByLabel('Jour', { exact: true }).fill(date)
  taps++
  await drawer.getByTestId('drawer-times').getByRole('button', { name: time, exact: true }).tap()
  taps++
  await expect(drawer.getByRole('combobox', { name: 'Table' })).toBeVisible()
  await drawer.getByRole('button', { name: 'Réserver', exact: true }).tap()
  taps++
  expect(taps).toBeLessThanOrEqual(6)

  await expect(drawer).toBeHidden()
  const status = page.getByTestId('new-booking-message')
  await expect(status).toHaveText(/^Réservation \S+ enregistrée\.$/)
  const reference = (await status.textContent())!.match(/Réservation (\S+) enregistrée/)![1]!

  // On the calendar's day timeline.
  await page.goto(`/admin/calendar?date=${date}&view=day`)
  await expect(page.getByTestId(`booking-${reference}`)).toBeVisible()

  // On the guest's profile: the booking listed with its reference.
  await page.goto(`/admin/collections/guests/${guest.id}`)
  await expect(page.getByText(reference, { exact: true })).toBeVisible()
  const saved = (await (await request.get(`/api/reservations?where[reference][equals]=${reference}&depth=0`, { headers })).json()).docs[0]
  expect(saved).toMatchObject({ guest: guest.id, source: 'phone', partySize: 2, guestPhone: '+33671234567', status: 'confirmed' })
})

test("a refused time shows the engine's reason in French, and a manager forces it with a reason that the audit log keeps", async ({ page, request }) => {
  test.setTimeout(120_000)
  const { headers } = await asOwner(request)
  const date = quietThursday(6)
  await signIn(page, 'manager@techplus.test', 'techplus-manager')
  await page.goto(`/admin/calendar?date=${date}&view=day`)
  await page.getByRole('button', { name: 'Nouvelle réservation', exact: true }).tap()
  const drawer = page.getByRole('dialog', { name: 'Nouvelle réservation' })
  // Twelve guests: no table or joined tables seat them, so the engine refuses every time.
  await drawer.getByLabel('Couverts').fill('12')
  const times = drawer.getByTestId('drawer-times')
  const refused = times.locator('button[data-available="false"]').first()
  await expect(refused).toHaveAccessibleName(/ : Plus aucune table n’est libre/)
  await refused.tap()
  await expect(drawer.getByTestId('drawer-refusal')).toContainText('Plus aucune table n’est libre pour votre groupe')
  await drawer.getByLabel('Pourquoi').fill('Anniversaire privatisé, tables rapprochées')
  await drawer.getByLabel('Nom', { exact: true }).fill('Famille Rousseau')
  await drawer.getByRole('button', { name: 'Forcer la réservation' }).tap()
  await expect(drawer).toBeHidden()
  const reference = (await page.getByTestId('new-booking-message').textContent())!.match(/Réservation (\S+) enregistrée/)![1]!
  const booking = (await (await request.get(`/api/reservations?where[reference][equals]=${reference}&depth=0`, { headers })).json()).docs[0]
  expect(booking).toMatchObject({ partySize: 12, guestName: 'Famille Rousseau' })
  const audit = await (await request.get(`/api/audit-log?where[action][equals]=override&where[entityId][equals]=${booking.id}&depth=0`, { headers })).json()
  expect(audit.docs).toHaveLength(1)
  expect(audit.docs[0].summary).toContain('Anniversaire privatisé, tables rapprochées')
  const manager = (await (await request.post('/api/users/login', { data: { email: 'manager@techplus.test', password: 'techplus-manager' } })).json()).user
  expect(audit.docs[0].actor).toBe(manager.id)
})

test('a host is told only a manager can force a refused time; the drawer is accessible and Escape closes it', async ({ page }) => {
  await signIn(page, 'host@techplus.test', 'techplus-host')
  await page.goto('/admin/service')
  await page.getByRole('button', { name: 'Nouvelle réservation', exact: true }).tap()
  const drawer = page.getByRole('dialog', { name: 'Nouvelle réservation' })
  await drawer.getByLabel('Jour', { exact: true }).fill(quietThursday(6))
  await drawer.getByLabel('Couverts').fill('12')
  await drawer.getByTestId('drawer-times').locator('button[data-available="false"]').first().tap()
  await expect(drawer.getByTestId('drawer-refusal')).toContainText('Seul un responsable peut forcer cet horaire.')
  await expect(drawer.getByRole('button', { name: 'Réserver', exact: true })).toBeDisabled()
  // The open drawer, refusal on screen, passes WCAG 2.1 AA.
  const { violations } = await new AxeBuilder({ page }).include('[data-testid="new-booking-drawer"]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
  // Every control a finger needs is at least 44 px high.
  const small = await drawer.locator('button, input, select, textarea').evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null && e.getBoundingClientRect().height < 44 && (e as HTMLInputElement).type !== 'checkbox').map((e) => e.outerHTML.slice(0, 80)))
  expect(small).toEqual([])
  await page.keyboard.press('Escape')
  await expect(drawer).toBeHidden()
})

test('a tap on an empty cell of the day timeline opens the drawer on that table and time', async ({ page }) => {
  const date = quietThursday(7)
  await signIn(page, 'host@techplus.test', 'techplus-host')
  await page.goto(`/admin/calendar?date=${date}&view=day`)
  const cell = page.getByTestId('timeline-row-T4').getByRole('cell')
  await expect(cell).toBeVisible()
  // The timeline runs 10:00 → 01:00 (900 minutes): 62.5 % across is 19:22, in the 19:15 slot.
  const box = (await cell.boundingBox())!
  await cell.tap({ position: { x: box.width * 0.625, y: box.height / 2 } })
  const drawer = page.getByRole('dialog', { name: 'Nouvelle réservation' })
  await expect(drawer).toBeVisible()
  await expect(drawer.getByLabel('Jour', { exact: true })).toHaveValue(date)
  await expect(drawer.getByTestId('drawer-times').getByRole('button', { name: '19:15', exact: true })).toHaveAttribute('aria-pressed', 'true')
  await expect(drawer.getByRole('combobox', { name: 'Table' }).locator('option:checked')).toHaveText(/T4/)
})
