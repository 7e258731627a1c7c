import { expect, test, type Page } from '@playwright/test'

import { wallClockToInstant } from '../../src/domain/availability/localTime'
import { seededGuestId, signIn, STAFF_VIEWS, visit } from '../support/staffViews'

/** Tablets a host holds: a 10-inch in portrait and landscape, a 12.9-inch in landscape. */
const TABLETS = [
  { width: 768, height: 1024 },
  { width: 1024, height: 768 },
  { width: 1080, height: 810 },
  { width: 1366, height: 1024 },
]

/** What a finger taps: buttons, links, pickers, fields, and the label of a radio or checkbox. */
const TARGETS = 'button, a[href], select, summary, [role="button"], input:not([type="hidden"]):not([type="radio"]):not([type="checkbox"]), label:has(> input[type="radio"]), label:has(> input[type="checkbox"])'

/**
 * Targets whose size is their meaning, measured apart: a table on the floor plan is drawn to the
 * room's scale (WCAG 2.5.8's "essential" exception; the timeline and the walk-in form reach the same
 * tables), and a booking on the timeline is as long as its stay (its height is checked, 44 px).
 */
const DRAWN_TO_SCALE = '[data-testid^="floor-table-"]'

type Layout = { scrollWidth: number; clientWidth: number; cutOff: string[]; small: string[] }

/** The page's horizontal scroll, what sticks out of the screen, and the targets under 44 px tall. */
async function layoutOf(page: Page, root: string): Promise<Layout> {
  return page.evaluate(
    ({ root, targets, drawn }) => {
      const scroller = document.scrollingElement!
      const width = document.documentElement.clientWidth
      const ours = document.querySelector(root)!
      const name = (el: Element) => `${el.tagName.toLowerCase()}${el.getAttribute('data-testid') ? `[${el.getAttribute('data-testid')}]` : ''} "${(el.textContent ?? '').trim().slice(0, 30)}"`
      // A 1 px box is the visually-hidden pattern (text for screen readers), not something on screen.
      const shown = (el: Element) => {
        const box = el.getBoundingClientRect()
        return box.width > 1 && box.height > 1 && getComputedStyle(el).visibility !== 'hidden'
      }
      const cutOff = [...ours.querySelectorAll('*')]
        .filter(shown)
        .filter((el) => {
          const box = el.getBoundingClientRect()
          return box.right > width + 0.5 || box.left < -0.5
        })
        .map(name)
      const small = [...ours.querySelectorAll(targets)]
        .filter(shown)
        .filter((el) => !el.matches(drawn) && el.getBoundingClientRect().height < 44)
        .map((el) => `${name(el)}: ${Math.round(el.getBoundingClientRect().height)} px`)
      return { scrollWidth: scroller.scrollWidth, clientWidth: scroller.clientWidth, cutOff, small }
    },
    { root, targets: TARGETS, drawn: DRAWN_TO_SCALE },
  )
}

for (const tablet of TABLETS) {
  test.describe(`a manager on a ${tablet.width} × ${tablet.height} tablet`, () => {
    test.use({ viewport: tablet, hasTouch: true, locale: 'en-GB' })

    test('every staff view fits the screen, nothing cut off, every target at least 44 px tall', async ({ page, request }) => {
      test.setTimeout(180_000)
      const guestId = await seededGuestId(request)
      await signIn(page, 'manager@techplus.test', 'techplus-manager')
      const problems: string[] = []
      for (const view of STAFF_VIEWS) {
        await visit(page, view, guestId)
        const layout = await layoutOf(page, view.root)
        if (layout.scrollWidth > layout.clientWidth) problems.push(`${view.name}: scrolls sideways (${layout.scrollWidth} > ${layout.clientWidth})`)
        problems.push(...layout.cutOff.map((el) => `${view.name}: cut off: ${el}`), ...layout.small.map((el) => `${view.name}: too small: ${el}`))
      }
      expect(problems).toEqual([])
    })
  })
}

test.describe('a portrait tablet, late in the evening', () => {
  test.use({ viewport: { width: 768, height: 1024 }, hasTouch: true, locale: 'en-GB' })

  test("a stay running to the timeline's end keeps its stretch handle on the screen", async ({ page, request }) => {
    // A Wednesday eleven weeks ahead, nothing else booked: a party seated at 23:30, past the last
    // seating (the manager's override), whose stay reaches 01:00, the timeline's last minute.
    const parisDay = (offset: number) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date(Date.now() + offset * 86_400_000))
    const weekday = (offset: number) => new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', weekday: 'short' }).format(new Date(Date.now() + offset * 86_400_000))
    let offset = 77
    while (weekday(offset) !== 'Wed') offset++
    const date = parisDay(offset)
    const login = await request.post('/api/users/login', { data: { email: 'manager@techplus.test', password: 'techplus-manager' } })
    const headers = { Authorization: `JWT ${(await login.json()).token}` }
    const zinc = (await (await request.get('/api/restaurants?where[slug][equals]=le-petit-zinc&depth=0')).json()).docs[0]
    const tables = (await (await request.get(`/api/tables?where[restaurant][equals]=${zinc.id}&where[label][equals]=T3&depth=0`, { headers })).json()).docs
    const startsAt = wallClockToInstant(date, 23 * 60 + 30, 'Europe/Paris')!
    const created = await request.post('/api/reservations', {
      headers,
      data: { restaurant: zinc.id, startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 90 * 60_000).toISOString(), partySize: 2, guestName: 'Last Orders', source: 'phone', status: 'confirmed', tables: [tables[0].id], overrideRules: true, overrideReason: 'After the last seating' },
    })
    expect(created.ok(), await created.text()).toBe(true)
    const { reference } = (await created.json()).doc

    await signIn(page, 'manager@techplus.test', 'techplus-manager')
    await page.goto(`/admin/calendar?view=day&date=${date}`)
    const handle = page.getByTestId(`resize-${reference}`)
    await expect(handle).toBeVisible()
    // The finger's 44 px handle sits inside the row's end, not half off the screen.
    const box = (await handle.boundingBox())!
    const row = (await page.getByTestId('timeline-row-T3').locator('[role="cell"]').boundingBox())!
    expect(box.width).toBeGreaterThanOrEqual(44)
    expect(box.x + box.width).toBeLessThanOrEqual(row.x + row.width + 0.5)
    const layout = await layoutOf(page, 'main.staff-main')
    expect(layout.scrollWidth).toBeLessThanOrEqual(layout.clientWidth)
  })
})

test.describe('statuses on a tablet', () => {
  test.use({ viewport: { width: 1080, height: 810 }, hasTouch: true })

  for (const [locale, words] of [
    ['fr-FR', /^(Confirmée|À table|Terminée|Annulée|Absent|En attente de paiement)$/],
    ['en-GB', /^(Confirmed|Seated|Completed|Cancelled|No-show|Pending payment)$/],
  ] as const) {
    test(`${locale}: the day's bookings are rows that wrap, their statuses in words`, async ({ browser }) => {
      const context = await browser.newContext({ locale, viewport: { width: 1080, height: 810 }, hasTouch: true })
      const page = await context.newPage()
      await signIn(page, 'host@techplus.test', 'techplus-host')
      await page.goto('/admin/service')
      const rows = page.getByTestId('service-booking')
      await expect(rows.first()).toBeVisible()
      // Not a 7-column table: a list whose rows wrap inside the screen.
      await expect(page.locator('main.staff-main table')).toHaveCount(0)
      for (const status of await page.getByTestId('service-status').allInnerTexts()) expect(status.trim()).toMatch(words)
      for (const row of await rows.all()) {
        const box = (await row.boundingBox())!
        expect(box.x + box.width).toBeLessThanOrEqual(1080)
        // A row shows a booking, not a tall empty cell.
        expect((await row.innerText()).trim().length).toBeGreaterThan(10)
      }
      await context.close()
    })
  }
})

test.describe("Payload's navigation on a tablet", () => {
  test.use({ viewport: { width: 768, height: 1024 }, hasTouch: true, locale: 'en-GB' })

  test('is folded behind a finger-sized button in portrait, and opens onto the staff views and the collections', async ({ page }) => {
    await signIn(page, 'host@techplus.test', 'techplus-host')
    // Folded, Payload's navigation is transparent (opacity 0) and out of the page's width.
    const nav = page.locator('.nav')
    await expect(nav).not.toHaveClass(/nav--nav-open/)
    await expect(nav).toHaveCSS('opacity', '0')
    const toggler = page.locator('.app-header__mobile-nav-toggler')
    const box = (await toggler.boundingBox())!
    expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(44)
    await toggler.tap()
    await expect(nav).toHaveClass(/nav--nav-open/)
    await expect(nav).toHaveCSS('opacity', '1')
    await expect(nav.locator('#nav-reservations')).toBeInViewport()
    await expect(nav.getByRole('link', { name: "Today's service" })).toBeInViewport()
  })
})
