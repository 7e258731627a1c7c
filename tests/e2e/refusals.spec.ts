import { expect, test, type APIRequestContext, type Page } from '@playwright/test'

import { bookableDay, dayCell } from '../support/bookingCalendar'

/**
 * Every refusal the booking, manage and waitlist flows can meet reaches the diner in the page's
 * language: the server answers a code, the page words it. Each refusal is real — the room filled by
 * phone bookings while the diner types, the restaurant's rules changed in between, a field the
 * server refuses — and nothing on screen is the server's own text.
 */
const TEXT = {
  fr: {
    next: 'Continuer',
    confirm: 'Confirmer la réservation',
    booked: 'Votre table est réservée',
    manage: 'Modifier ou annuler',
    change: 'Modifier',
    save: 'Enregistrer la modification',
    join: 'M’inscrire sur la liste d’attente',
    invalidEmail: 'Saisissez une adresse e-mail valide',
    noTable: 'Plus aucune table n’est libre pour votre groupe à cette heure. Choisissez une autre heure.',
    pacing: 'Trop de convives arrivent déjà à cette heure. Choisissez une autre heure.',
    tooSoon: 'Cette heure est trop proche pour réserver en ligne',
    windowReversed: 'La plage horaire doit finir après son début',
  },
  en: {
    next: 'Continue',
    confirm: 'Confirm the booking',
    booked: 'Your table is booked',
    manage: 'Change or cancel',
    change: 'Change',
    save: 'Save the change',
    join: 'Join the waitlist',
    invalidEmail: 'Enter a valid email address',
    noTable: 'No table is free for your party at that time any more. Please choose another time.',
    pacing: 'Too many guests already arrive at that time. Please choose another time.',
    tooSoon: 'That time is too soon to book online',
    windowReversed: 'The window must end after it starts',
  },
}

type Rules = Record<string, unknown>

/** The restaurant's staff, through the REST API a partner or the admin uses. */
async function staffOf(request: APIRequestContext) {
  const login = await request.post('/api/users/login', { data: { email: 'admin@techplus.test', password: 'techplus-admin' } })
  const headers = { Authorization: `JWT ${(await login.json()).token}` }
  const zinc = (await (await request.get('/api/restaurants?where[slug][equals]=le-petit-zinc&depth=0', { headers })).json()).docs[0]
  const tables = (await (await request.get(`/api/tables?where[restaurant][equals]=${zinc.id}&limit=100&depth=0`, { headers })).json()).docs as Array<{ id: number; minCapacity: number }>
  const bookings: number[] = []
  const book = async (data: Record<string, unknown>) => {
    const res = await request.post('/api/reservations', { headers, data: { restaurant: zinc.id, guestName: 'Réservation téléphone', source: 'phone', ...data } })
    if (res.ok()) bookings.push((await res.json()).doc.id)
    return res
  }
  return {
    /**
     * Every table booked by phone around `startsAt` (a table already held stays as it is). The phone
     * bookings start half an hour earlier, so the time's own pacing is untouched: what refuses the
     * diner then is that no table is left.
     */
    async fillTheRoom(startsAt: string) {
      const from = new Date(Date.parse(startsAt) - 30 * 60_000).toISOString()
      const until = new Date(Date.parse(startsAt) + 2 * 3_600_000).toISOString()
      for (const table of tables) await book({ startsAt: from, endsAt: until, partySize: table.minCapacity, tables: [table.id] })
    },
    async phoneBooking(startsAt: string, partySize: number) {
      const res = await book({ startsAt, partySize })
      expect(res.ok(), await res.text()).toBe(true)
    },
    /** Cancels the phone bookings made so far: the room is as it was. */
    async release() {
      for (const id of bookings.splice(0)) await request.patch(`/api/reservations/${id}`, { headers, data: { status: 'cancelled' } })
    },
    async setRules(change: Rules) {
      const res = await request.patch(`/api/restaurants/${zinc.id}`, { headers, data: { bookingRules: { ...zinc.bookingRules, ...change } } })
      expect(res.ok(), await res.text()).toBe(true)
    },
    async restoreRules() {
      await request.patch(`/api/restaurants/${zinc.id}`, { headers, data: { bookingRules: zinc.bookingRules } })
    },
  }
}

/** The first day of the window without a free time (a closed day at least: the bistro closes on Mondays). */
async function fullOrClosedDay(request: APIRequestContext): Promise<string | undefined> {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date())
  const to = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date(Date.now() + 20 * 86_400_000))
  const { days } = await (await request.get(`/api/restaurants/le-petit-zinc/availability?from=${today}&to=${to}&party=2`)).json()
  return days.find((d: { available: boolean }) => !d.available)?.date
}

/** The instant of the slot the diner sees as `time` on `date`. */
async function startsAtOf(request: APIRequestContext, date: string, time: string): Promise<string> {
  const { slots } = await (await request.get(`/api/restaurants/le-petit-zinc/availability?date=${date}&party=2`)).json()
  return slots.find((s: { time: string }) => s.time === time).startsAt
}

async function pickSlot(page: Page, which: 'first' | 'last' | number) {
  const slots = page.locator('.slot')
  await expect(slots.first()).toBeVisible()
  const slot = which === 'first' ? slots.first() : which === 'last' ? slots.last() : slots.nth(which)
  await slot.click()
  await expect(slot).toHaveAttribute('aria-pressed', 'true')
  return (await slot.textContent())!.trim()
}

for (const locale of ['fr', 'en'] as const) {
  test(`a diner meets every refusal of booking, changing and the waitlist in ${locale === 'fr' ? 'French' : 'English'}`, async ({ page, request }) => {
    test.setTimeout(180_000)
    const t = TEXT[locale]
    const staff = await staffOf(request)
    const alert = page.locator('.notice--warning')
    try {
      await page.goto(`/${locale}/book`)
      const date = (await (await bookableDay(page, 1)).getAttribute('data-date'))!
      const day = page.locator(`.day[data-date="${date}"]`)
      await day.click()

      // A field the server refuses (the form checks it first, so the request is altered on its way).
      const first = await pickSlot(page, 2)
      await page.getByRole('button', { name: t.next }).click()
      await page.locator('#guest-name').fill('Inès Fabre')
      await page.locator('#guest-email').fill(`ines.${locale}@example.fr`)
      await page.route('**/api/reservations/book**', (route) => {
        const body = route.request().postDataJSON()
        return route.continue({ postData: JSON.stringify({ ...body, guest: { ...body.guest, email: 'ines@' } }) })
      })
      await page.getByRole('button', { name: t.confirm }).click()
      await expect(alert).toHaveText(t.invalidEmail)
      await expect(page.locator('#guest-email-error')).toHaveText(t.invalidEmail)
      await page.unroute('**/api/reservations/book**')

      // The last tables go by phone while the diner types: the time is no longer free.
      await staff.fillTheRoom(await startsAtOf(request, date, first))
      await page.getByRole('button', { name: t.confirm }).click()
      await expect(alert).toHaveText(t.noTable)
      await staff.release()

      // Pacing: the kitchen takes at most 3 covers per start time, and a party of 2 is booked first.
      const second = await pickSlot(page, 'first')
      await staff.setRules({ maxCoversPerSlot: 3 })
      await staff.phoneBooking(await startsAtOf(request, date, second), 2)
      await page.getByRole('button', { name: t.next }).click()
      await page.getByRole('button', { name: t.confirm }).click()
      await expect(alert).toHaveText(t.pacing)
      await staff.release()
      await staff.restoreRules()

      // Too soon: the restaurant now asks a week's notice.
      await pickSlot(page, 'last')
      await page.getByRole('button', { name: t.next }).click()
      await staff.setRules({ minNoticeMinutes: 7 * 24 * 60 })
      await page.getByRole('button', { name: t.confirm }).click()
      await expect(alert).toHaveText(t.tooSoon)
      await staff.restoreRules()
      // The times refreshed while a week's notice applied: another day and back shows them again.
      await page.locator(`.day[data-available="true"]:not([data-date="${date}"])`).first().click()
      await day.click()

      // Then the booking goes through, and its page refuses a move onto a full time.
      await pickSlot(page, 'last')
      await page.getByRole('button', { name: t.next }).click()
      await page.getByRole('button', { name: t.confirm }).click()
      await expect(page.getByText(t.booked)).toBeVisible()
      await page.getByRole('link', { name: t.manage }).click()
      await page.getByRole('button', { name: t.change, exact: true }).click()
      const target = await pickSlot(page, 2)
      await staff.fillTheRoom(await startsAtOf(request, date, target))
      await page.getByRole('button', { name: t.save }).click()
      await expect(page.locator('.manage .notice--warning')).toHaveText(t.noTable)
      await staff.release()

      // The waitlist, offered on a day without a table, refuses a window that ends before it starts.
      await page.goto(`/${locale}/book`)
      await (await dayCell(page, (await fullOrClosedDay(request))!)).click()
      await page.locator('#wl-from').fill('21:00')
      await page.locator('#wl-until').fill('19:00')
      await page.locator('#wl-name').fill('Inès Fabre')
      await page.locator('#wl-email').fill(`ines.waitlist.${locale}@example.fr`)
      await page.getByRole('button', { name: t.join }).click()
      await expect(page.locator('.waitlist [role="alert"]')).toHaveText(t.windowReversed)
    } finally {
      await staff.release()
      await staff.restoreRules()
    }
  })
}
