import AxeBuilder from '@axe-core/playwright'
import { expect, request as playwrightRequest, test, type Frame, type Page } from '@playwright/test'

import { bookableDay } from '../support/bookingCalendar'
import { startHostSite, type HostSite } from '../support/hostSite'

/**
 * The booking widget on a site we do not host: the hotel's page (http://localhost:<port>) carries the
 * script tag, the app (http://127.0.0.1:<port>) serves the frame. The owner lists the hotel's
 * origin among Le Petit Zinc's embedding sites through the API; a site not listed cannot frame it.
 * Desktop and phone (playwright.config.ts).
 */

let app: string
let ownerToken: string
let zinc: number
let listedBefore: string[]
let hotel: HostSite
let stranger: HostSite

test.beforeAll(async ({}, info) => {
  app = info.project.use.baseURL!
  ;[hotel, stranger] = await Promise.all([startHostSite(app), startHostSite(app)])
  const anonymous = await playwrightRequest.newContext({ baseURL: app })
  const login = await anonymous.post('/api/users/login', { data: { email: 'owner@techplus.test', password: 'techplus-owner' } })
  expect(login.ok(), await login.text()).toBe(true)
  ownerToken = (await login.json()).token
  const found = await (await anonymous.get('/api/restaurants?where[slug][equals]=le-petit-zinc&depth=0')).json()
  await anonymous.dispose()
  zinc = found.docs[0].id
  listedBefore = found.docs[0].embedOrigins ?? []
})

test.afterAll(async () => {
  await allowOnly(listedBefore)
  await Promise.all([hotel.close(), stranger.close()])
})

/** The owner's list of sites allowed to frame Le Petit Zinc's widget, saved as the admin saves it. */
async function allowOnly(origins: string[]) {
  // The token as a header (a cookie without an Origin is not trusted by Payload's CSRF check), on a
  // connection of its own: one kept idle across a test may be closed by the server as it is reused.
  const owner = await playwrightRequest.newContext({ baseURL: app, extraHTTPHeaders: { Authorization: `JWT ${ownerToken}` } })
  const saved = await owner.patch(`/api/restaurants/${zinc}`, { data: { embedOrigins: origins } })
  expect(saved.ok(), await saved.text()).toBe(true)
  await owner.dispose()
}

async function widgetFrame(page: Page): Promise<Frame> {
  const handle = await page.locator('iframe[data-techplus-widget="le-petit-zinc"]').elementHandle()
  return (await handle!.contentFrame())!
}

const frameHeight = (page: Page) => page.locator('iframe[data-techplus-widget]').evaluate((el) => el.getBoundingClientRect().height)

/** axe-core's WCAG 2.1 AA rules over the widget's frame, as they run over the site's own pages (a11y.spec.ts). */
async function expectNoViolationsInWidget(page: Page) {
  const { violations, passes } = await new AxeBuilder({ page }).include('iframe[data-techplus-widget]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  // The rules ran inside the frame (an element there is named by the frame's selector, then its own).
  expect(passes.some((rule) => rule.nodes.some((node) => node.target.length > 1))).toBe(true)
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
}

/** Tabs forward (keyboard only) until the element focused inside the widget matches, as a diner would. */
async function tabInWidgetTo(page: Page, frame: Frame, matches: (el: Element) => boolean, limit = 60) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab')
    const inFrame = await page.evaluate(() => document.activeElement?.tagName === 'IFRAME')
    if (inFrame && (await frame.evaluate(`(${matches.toString()})(document.activeElement)`))) return
  }
  throw new Error('never reached by Tab')
}

test('a diner books a table through the widget on the hotel’s site, in the page’s language, the frame sized to the form', async ({ page, request }) => {
  await allowOnly([hotel.origin])
  // The framed page runs as on our site: no refused script, no hydration error.
  const errors: string[] = []
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()))
  await page.goto(`${hotel.origin}/?lang=en`)
  const iframe = page.locator('iframe[data-techplus-widget="le-petit-zinc"]')
  // The frame says its title (with the restaurant's name) and its height once it is shown.
  await expect(iframe).toHaveAttribute('title', 'Book a table — Le Petit Zinc')
  const frame = await widgetFrame(page)
  expect(frame.url()).toBe(`${app}/embed/en/le-petit-zinc`)
  // The page around the frame stays where it was, and loading the form took no focus from it.
  expect(page.url()).toBe(`${hotel.origin}/?lang=en`)
  await expect(frame.locator('.calendar__grid')).toBeVisible()
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BODY')
  await expectNoViolationsInWidget(page)

  await (await bookableDay(frame, 3)).click()
  const slot = frame.locator('.slot').first()
  await slot.click()
  await expect(slot).toHaveAttribute('aria-pressed', 'true')
  // As tall as the form, never scrolling inside.
  const noInnerScroll = () => frame.evaluate(() => document.documentElement.scrollHeight - window.innerHeight)
  await expect.poll(noInnerScroll).toBeLessThanOrEqual(1)
  const onTimes = await frameHeight(page)

  await frame.getByRole('button', { name: 'Continue' }).click()
  await expect(frame.getByRole('heading', { name: 'Your details' })).toBeVisible()
  // The details step is shorter than the calendar and its times: the frame shrinks with it.
  await expect.poll(() => frameHeight(page)).toBeLessThan(onTimes - 100)
  await expect.poll(noInnerScroll).toBeLessThanOrEqual(1)
  // The host page's history holds the form's steps: its Back goes back a step, the hotel's page stays.
  await page.evaluate(() => history.back())
  await expect(frame.getByRole('heading', { name: 'Date and time' })).toBeVisible()
  expect(page.url()).toBe(`${hotel.origin}/?lang=en`)
  await frame.getByRole('button', { name: 'Continue' }).click()
  await expect(frame.getByRole('heading', { name: 'Your details' })).toBeVisible()

  await frame.getByLabel('Name', { exact: false }).first().fill('Ada Widget')
  await frame.getByLabel('Email', { exact: false }).first().fill('ada.widget@example.com')
  await frame.getByRole('button', { name: 'Confirm the booking' }).click()
  await expect(frame.getByText('Your table is booked')).toBeVisible()
  await expect.poll(noInnerScroll).toBeLessThanOrEqual(1)
  await expectNoViolationsInWidget(page)

  // Our own pages refuse to be framed: the booking's page opens in a tab of its own.
  const manage = frame.getByRole('link', { name: 'Change or cancel (opens in a new tab)' })
  await expect(manage).toHaveAttribute('target', '_blank')
  const token = (await manage.getAttribute('href'))!.split('/').pop()
  const booking = await (await request.get(`/api/reservations/manage/${token}`)).json()
  expect(booking).toMatchObject({ status: 'confirmed', reference: (await frame.locator('.reference').textContent())!.trim() })
  expect(errors).toEqual([])
})

test('with the keyboard alone, a party of six books in French and pays the deposit on Stripe in a new tab', async ({ page, request }) => {
  await allowOnly([hotel.origin])
  // A dinner a few days ahead: the demo asks a deposit from six guests at dinner.
  let date = ''
  for (let i = 3; i < 20 && !date; i++) {
    const day = new Date(Date.now() + i * 86_400_000).toISOString().slice(0, 10)
    const { slots = [] } = await (await request.get(`/api/restaurants/le-petit-zinc/availability?date=${day}&party=6`)).json()
    if (slots.some((s: { time: string; available: boolean }) => s.available && /^(19|20|21):/.test(s.time))) date = day
  }
  expect(date).not.toBe('')
  // data-lang wins over the page's own language.
  await page.goto(`${hotel.origin}/?lang=en&data-lang=fr&data-party=6&data-date=${date}`)
  const iframe = page.locator('iframe[data-techplus-widget="le-petit-zinc"]')
  await expect(iframe).toHaveAttribute('title', 'Réserver une table — Le Petit Zinc')
  const frame = await widgetFrame(page)
  await expect(frame.locator('.slot').first()).toBeVisible()

  // From the hotel's own button into the frame, never with the mouse.
  await page.locator('#before').focus()
  await tabInWidgetTo(page, frame, (el) => el.classList.contains('slot') && /^(19|20|21):/.test(el.textContent ?? ''))
  await page.keyboard.press('Enter')
  await tabInWidgetTo(page, frame, (el) => el.textContent === 'Continuer')
  await page.keyboard.press('Enter')
  await expect(frame.getByRole('heading', { name: 'Vos coordonnées' })).toBeFocused()
  await tabInWidgetTo(page, frame, (el) => el.id === 'guest-name')
  await page.keyboard.type('Clavier Seul')
  await page.keyboard.press('Tab')
  await page.keyboard.type('clavier.seul@example.fr')
  await tabInWidgetTo(page, frame, (el) => el.textContent === 'Continuer')
  await page.keyboard.press('Enter')
  await expect(frame.getByText(/un acompte de 90,00\s€ est demandé/)).toBeVisible()
  await tabInWidgetTo(page, frame, (el) => el.textContent === 'Confirmer et régler l’acompte')
  await page.keyboard.press('Enter')

  // Held for the deposit; Stripe's page cannot open inside another site's frame: a new tab, on the diner's own key press.
  await expect(frame.getByText(/Réglez l’acompte avant/)).toBeVisible()
  const pay = frame.getByRole('link', { name: 'Régler l’acompte (s’ouvre dans un nouvel onglet)' })
  await expect(pay).toHaveAttribute('target', '_blank')
  await tabInWidgetTo(page, frame, (el) => el.getAttribute('href')?.includes('/pay/') ?? false)
  const [stripe] = await Promise.all([page.context().waitForEvent('page'), page.keyboard.press('Enter')])
  expect(page.url()).toContain(hotel.origin)
  await expect(stripe.getByRole('heading', { name: /^Pay / })).toBeVisible()
  await stripe.getByRole('button', { name: /^Pay / }).click()
  // Stripe brings the diner to their booking on our site, confirmed.
  await expect(stripe).toHaveURL(/\/fr\/reservation\/[A-Za-z0-9_-]{43}\?payment=done$/)
  await expect(stripe.getByTestId('booking-status')).toHaveText('Confirmée')

  // No keyboard trap: Tab leads on out of the frame to the hotel's next button.
  await page.bringToFront()
  for (let i = 0; i < 30 && (await page.evaluate(() => document.activeElement?.id)) !== 'after'; i++) await page.keyboard.press('Tab')
  await expect(page.locator('#after')).toBeFocused()
})

test('a site not on the restaurant’s list cannot frame the widget, nor a site the owner has just removed', async ({ page, request }) => {
  await allowOnly([hotel.origin])
  // The widget's page names the listed site; every other page still refuses any site but ours.
  const embed = await request.get('/embed/en/le-petit-zinc')
  expect(embed.headers()['content-security-policy']).toContain(`frame-ancestors 'self' ${hotel.origin};`)
  expect(embed.headers()['x-frame-options']).toBeUndefined()
  const book = await request.get('/en/le-petit-zinc/book')
  expect(book.headers()['content-security-policy']).toContain("frame-ancestors 'self';")
  expect(book.headers()['x-frame-options']).toBe('SAMEORIGIN')
  // The script may be kept: its address carries its version.
  const script = await request.get('/widget/v1.js')
  expect(script.headers()['content-type']).toContain('javascript')
  expect(script.headers()['cache-control']).toBe('public, max-age=86400, stale-while-revalidate=604800')

  // A restaurant that does not exist, or a language the site does not speak: a plain 404 in the frame.
  expect((await request.get('/embed/en/nowhere')).status()).toBe(404)
  expect((await request.get('/embed/de/le-petit-zinc')).status()).toBe(404)

  const refusals: string[] = []
  page.on('console', (message) => refusals.push(message.text()))
  const blocked = async (site: HostSite) => {
    await page.goto(`${site.origin}/?lang=en`)
    const frame = await widgetFrame(page)
    // Chromium shows its error page in place of ours: nothing of the form, no message, no title.
    await expect.poll(() => frame.url()).toMatch(/^chrome-error:/)
    await expect(frame.locator('.wizard')).toHaveCount(0)
    await expect(page.locator('iframe[data-techplus-widget]')).toHaveAttribute('title', 'Book a table')
  }
  await blocked(stranger)

  await allowOnly([])
  await blocked(hotel)
  expect(refusals.some((text) => /frame-ancestors/.test(text)), refusals.join('\n')).toBe(true)
})
