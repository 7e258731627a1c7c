import { expect, test, type APIRequestContext, type Page } from '@playwright/test'

import { bookableDay, dayCell, shownMonth } from '../support/bookingCalendar'
import { linkInMailbox } from '../support/e2eMail'

/**
 * The booking window on a phone: the month calendar pages to any bookable day with the keyboard,
 * marks the days without a free time and offers the waitlist there, survives a reload and the back
 * button, and a signed-in diner finds their details already filled in.
 */

const ZONE = 'Europe/Paris'
const localDate = (instant: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(instant)
// The test's own day arithmetic (whole UTC days between calendar dates), independent of the app's.
const plusDays = (date: string, days: number) => new Date(Date.parse(`${date}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)
const daysFrom = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000)

type Day = { date: string; available: boolean; slots: number }

async function daysOf(request: APIRequestContext, from: string, to: string, party = 2): Promise<Day[]> {
  const res = await request.get(`/api/restaurants/le-petit-zinc/availability?from=${from}&to=${to}&party=${party}`)
  expect(res.ok(), await res.text()).toBe(true)
  return (await res.json()).days
}

/** Tabs forward (keyboard only) until the focused element matches, as a diner would. */
async function tabTo(page: Page, matches: (el: Element) => boolean, limit = 60) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab')
    if (await page.evaluate(`(${matches.toString()})(document.activeElement)`)) return
  }
  throw new Error('never reached by Tab')
}

test.describe('the booking window on a phone', () => {
  test.use({ locale: 'en-GB' })

  test('a diner pages to a month 45 days ahead with the keyboard only and books that day', async ({ page, request }) => {
    const today = localDate(new Date())
    const target = (await daysOf(request, plusDays(today, 45), plusDays(today, 59))).find((d) => d.available)!.date
    await page.goto('/en/book')
    await shownMonth(page)

    // Into the grid: one tab stop, on the first bookable day of this month.
    await tabTo(page, (el) => el.getAttribute('role') === 'gridcell' || el.tagName === 'TD')
    const focusedDate = () => page.evaluate(() => document.activeElement?.getAttribute('data-date') ?? '')
    // PageDown a month at a time, then the arrows to the day.
    while ((await focusedDate()).slice(0, 7) < target.slice(0, 7)) await page.keyboard.press('PageDown')
    let gap = daysFrom(await focusedDate(), target)
    while (Math.abs(gap) >= 7) {
      await page.keyboard.press(gap > 0 ? 'ArrowDown' : 'ArrowUp')
      gap = daysFrom(await focusedDate(), target)
    }
    while (gap !== 0) {
      await page.keyboard.press(gap > 0 ? 'ArrowRight' : 'ArrowLeft')
      gap = daysFrom(await focusedDate(), target)
    }
    const heading = page.locator('.calendar__month')
    await expect(heading).toHaveText(new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${target}T12:00:00Z`)))
    await expect(page.getByRole('grid')).toHaveAccessibleName(await heading.textContent() as string)
    await page.keyboard.press('Enter')
    await expect(page.locator(`.day[data-date="${target}"]`)).toHaveAttribute('aria-selected', 'true')

    // The day's first time, then on, the details typed, and booked: all from the keyboard.
    await expect(page.locator('.slot').first()).toBeVisible()
    await tabTo(page, (el) => el.classList.contains('slot'))
    const time = (await page.evaluate(() => document.activeElement?.textContent ?? '')).trim()
    await page.keyboard.press('Enter')
    await tabTo(page, (el) => el.textContent === 'Continue')
    await page.keyboard.press('Enter')
    await expect(page.getByRole('heading', { name: 'Your details' })).toBeFocused()
    await tabTo(page, (el) => el.id === 'guest-name')
    await page.keyboard.type('Keyboard Diner')
    await page.keyboard.press('Tab')
    await page.keyboard.type('keyboard.diner@example.com')
    await tabTo(page, (el) => el.textContent === 'Confirm the booking')
    await page.keyboard.press('Enter')
    await expect(page.getByText('Your table is booked')).toBeVisible()

    const token = (await page.getByRole('link', { name: 'Change or cancel' }).getAttribute('href'))!.split('/').pop()
    const booking = await (await request.get(`/api/reservations/manage/${token}`)).json()
    expect(booking).toMatchObject({ localDate: target, time, status: 'confirmed' })
  })

  test('a full day is struck through, says so to a screen reader, and offers the waitlist', async ({ page, request }) => {
    const login = await request.post('/api/users/login', { data: { email: 'admin@techplus.test', password: 'techplus-admin' } })
    const headers = { Authorization: `JWT ${(await login.json()).token}` }
    const zinc = (await (await request.get('/api/restaurants?where[slug][equals]=le-petit-zinc&depth=0', { headers })).json()).docs[0]
    const tables = (await (await request.get(`/api/tables?where[restaurant][equals]=${zinc.id}&where[active][equals]=true&limit=100&depth=0`, { headers })).json()).docs as Array<{ id: number; minCapacity: number }>
    const today = localDate(new Date())
    // A day a few weeks out with lunch and dinner (Tuesday to Saturday), away from the days other tests book.
    const twoServices = (d: Day) => [2, 3, 4, 5, 6].includes(new Date(`${d.date}T12:00:00Z`).getUTCDay())
    const day = (await daysOf(request, plusDays(today, 33), plusDays(today, 45))).find((d) => d.available && twoServices(d))!.date
    const { slots } = await (await request.get(`/api/restaurants/le-petit-zinc/availability?date=${day}&party=2`)).json()
    const services = [...new Set((slots as Array<{ service: string }>).map((s) => s.service))]
    const made: number[] = []
    try {
      // Every table taken by phone from each service's first time to well after its last.
      for (const service of services) {
        const times = (slots as Array<{ service: string; startsAt: string }>).filter((s) => s.service === service)
        const startsAt = times[0]!.startsAt
        const endsAt = new Date(Date.parse(times.at(-1)!.startsAt) + 4 * 3_600_000).toISOString()
        for (const table of tables) {
          const res = await request.post('/api/reservations', {
            headers,
            data: { restaurant: zinc.id, guestName: 'Soirée privée', source: 'phone', startsAt, endsAt, partySize: Math.max(1, table.minCapacity), tables: [table.id], overrideRules: true, overrideReason: 'Privatisation (e2e)' },
          })
          expect(res.ok(), await res.text()).toBe(true)
          made.push((await res.json()).doc.id)
        }
      }
      expect((await daysOf(request, day, day))[0]).toMatchObject({ available: false })

      await page.goto('/en/book')
      const cell = await dayCell(page, day)
      await expect(cell).toHaveAttribute('data-available', 'false')
      await expect(cell).toHaveCSS('text-decoration-line', 'line-through')
      const name = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(`${day}T12:00:00Z`))
      await expect(page.getByRole('gridcell', { name: `${name}, Full` })).toBeVisible()
      await cell.click()
      await expect(page.getByText('No table left that day.')).toBeVisible()
      await expect(page.getByRole('form', { name: 'Join the waitlist' }).or(page.locator('.waitlist'))).toBeVisible()
      await expect(page.getByRole('button', { name: 'Join the waitlist' })).toBeVisible()
    } finally {
      for (const id of made) await request.patch(`/api/reservations/${id}`, { headers, data: { status: 'cancelled' } })
    }
  })

  test('no sideways scroll and finger-sized days at 360 px', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 })
    await page.goto('/en/book')
    await shownMonth(page)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
    const sizes = await page.locator('td.day, .calendar__nav').evaluateAll((els) => els.map((el) => el.getBoundingClientRect()).map((r) => Math.min(r.width, r.height)))
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(44)
  })
})

test.describe('a wizard that survives a reload', () => {
  test.use({ locale: 'fr-FR' })

  test('a reload on the details step keeps the step and everything typed; Back returns to the times', async ({ page }) => {
    await page.goto('/fr/book')
    await page.locator('#party').selectOption('3')
    const day = await bookableDay(page, 2)
    const date = (await day.getAttribute('data-date'))!
    await day.click()
    const slot = page.locator('.slot').nth(1)
    await slot.click()
    const time = (await slot.textContent())!.trim()
    await page.getByRole('button', { name: 'Continuer' }).click()
    await page.locator('#guest-name').fill('Hélène Rechargée')
    await page.locator('#guest-email').fill('helene.reload@example.fr')
    await page.locator('#guest-phone').fill('06 12 34 56 78')
    await page.locator('#guest-sms').check()
    await page.locator('#guest-occasion').selectOption('birthday')
    await page.locator('#guest-requests').fill('Une chaise haute, merci')

    await page.reload()
    await expect(page.getByRole('heading', { name: 'Vos coordonnées' })).toBeVisible()
    await expect(page.locator('#guest-name')).toHaveValue('Hélène Rechargée')
    await expect(page.locator('#guest-email')).toHaveValue('helene.reload@example.fr')
    await expect(page.locator('#guest-phone')).toHaveValue('06 12 34 56 78')
    await expect(page.locator('#guest-sms')).toBeChecked()
    await expect(page.locator('#guest-occasion')).toHaveValue('birthday')
    await expect(page.locator('#guest-requests')).toHaveValue('Une chaise haute, merci')
    // Nothing about a card is ever kept; the tab's entry holds what the diner chose and typed.
    const saved = await page.evaluate(() => sessionStorage.getItem('techplus:booking:le-petit-zinc'))
    expect(saved).toContain('Hélène Rechargée')
    expect(saved).not.toMatch(/card|cvc|iban/i)

    // The browser's Back goes to the previous step, with the day and time still chosen.
    await page.goBack()
    await expect(page.getByRole('heading', { name: 'Date et heure' })).toBeVisible()
    await expect(page).toHaveURL(/\/fr\/(le-petit-zinc\/)?book$/)
    await expect(page.locator('#party')).toHaveValue('3')
    await expect(page.locator(`.day[data-date="${date}"]`)).toHaveAttribute('aria-selected', 'true')
    await expect(page.locator('.slot', { hasText: time })).toHaveAttribute('aria-pressed', 'true')
    await page.goForward()
    await expect(page.getByRole('heading', { name: 'Vos coordonnées' })).toBeVisible()
    await expect(page.locator('#guest-name')).toHaveValue('Hélène Rechargée')

    // Booked at once after the reload (the time trap counts from the first visit), then forgotten.
    await page.getByRole('button', { name: 'Confirmer la réservation' }).click()
    await expect(page.getByText('Votre table est réservée')).toBeVisible()
    expect(await page.evaluate(() => sessionStorage.getItem('techplus:booking:le-petit-zinc'))).toBeNull()
  })

  test('a robot that fills the hidden field is refused, in the page’s words, and nothing is booked', async ({ page }) => {
    await page.goto('/fr/book')
    await (await bookableDay(page, 4)).click()
    await page.locator('.slot').first().click()
    await page.getByRole('button', { name: 'Continuer' }).click()
    await page.locator('#guest-name').fill('Robot Rapide')
    await page.locator('#guest-email').fill('robot@example.fr')
    // No person sees or reaches it (off screen, out of the tab order, hidden from screen readers).
    const trap = page.locator('#guest-website')
    expect(await trap.getAttribute('tabindex')).toBe('-1')
    await expect(page.locator('.trap')).toHaveAttribute('aria-hidden', 'true')
    await trap.fill('http://spam.example', { force: true })
    const answer = page.waitForResponse('**/api/reservations/book**')
    await page.getByRole('button', { name: 'Confirmer la réservation' }).click()
    expect((await answer).status()).toBe(422)
    await expect(page.locator('.notice--warning')).toHaveText('Votre demande n’a pas pu être envoyée. Patientez quelques secondes et réessayez.')
    await expect(page.getByText('Votre table est réservée')).toHaveCount(0)
  })

  test('a signed-in diner finds their name, email and phone already filled in, and may change them', async ({ page }) => {
    const email = `prefill.${Date.now()}@example.fr`
    const password = 'prefill-secret-123'
    const registered = await page.request.post('/api/customers/register', { data: { name: 'Armand Préremplis', email, password, locale: 'fr' } })
    expect(registered.ok(), await registered.text()).toBe(true)
    await page.goto(await linkInMailbox(email, /\/account\/verify\?token=/))
    await expect(page.getByRole('status')).toBeVisible()
    expect((await page.request.post('/api/customers/login', { data: { email, password } })).ok()).toBe(true)
    // A first booking left a phone number with the restaurant (as an API client would).
    const today = localDate(new Date())
    const first = (await daysOf(page.request, plusDays(today, 20), plusDays(today, 30))).find((d) => d.available)!.date
    const { slots } = await (await page.request.get(`/api/restaurants/le-petit-zinc/availability?date=${first}&party=2`)).json()
    const booked = await page.request.post('/api/reservations/book', {
      data: { restaurant: 'le-petit-zinc', startsAt: slots.find((s: { available: boolean }) => s.available).startsAt, partySize: 2, locale: 'fr', guest: { name: 'Armand Préremplis', email, phone: '06 98 76 54 32' } },
    })
    expect(booked.status(), await booked.text()).toBe(201)

    await page.goto('/fr/book')
    await (await bookableDay(page, 1)).click()
    await page.locator('.slot').first().click()
    await page.getByRole('button', { name: 'Continuer' }).click()
    await expect(page.locator('#guest-name')).toHaveValue('Armand Préremplis')
    await expect(page.locator('#guest-email')).toHaveValue(email)
    await expect(page.locator('#guest-phone')).toHaveValue('+33698765432')
    await page.locator('#guest-name').fill('Armand P.')
    await page.getByRole('button', { name: 'Confirmer la réservation' }).click()
    await expect(page.getByText('Votre table est réservée')).toBeVisible()
  })
})
