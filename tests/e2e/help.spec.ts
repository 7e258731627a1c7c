import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'

import { signIn } from '../support/adminSignIn'

/** Payload folds its navigation on a laptop-sized screen (it does at 1280 px): the Help link is behind its toggler. */
async function openNavigation(page: Page) {
  const nav = page.locator('.nav')
  if (!/nav--nav-open/.test((await nav.getAttribute('class')) ?? '')) await page.locator('.template-default__nav-toggler:visible, .app-header__mobile-nav-toggler:visible').first().click()
  await expect(nav).toHaveClass(/nav--nav-open/)
}

/** The guide's search, typed as a reader would; the first result opens its page. */
async function searchAndOpen(page: Page, label: string, query: string, result: RegExp) {
  await page.getByLabel(label).fill(query)
  const results = page.getByTestId('help-results')
  const hit = results.getByRole('link', { name: result }).first()
  await expect(hit).toBeVisible()
  await hit.click()
}

/** The page's screenshot is there and loaded (a data: URL: no public address for it). */
async function expectScreenshot(page: Page, alt: string) {
  const image = page.getByTestId('help-page').getByRole('img', { name: alt })
  await expect(image).toBeVisible()
  expect(await image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0 && img.src.startsWith('data:image/webp'))).toBe(true)
}

test.describe('a French-speaking host', () => {
  test.use({ locale: 'fr-FR' })

  test('opens the guide from the admin’s menu and finds the deposits page by searching “acompte”', async ({ page }) => {
    await signIn(page, 'host@techplus.test', 'techplus-host')
    await openNavigation(page)
    await page.getByTestId('help-nav-link').click()
    await expect(page).toHaveURL(/\/admin\/help$/)
    await expect(page.getByRole('heading', { level: 1, name: 'Guide d’utilisation de TechPlus' })).toBeVisible()
    await expect(page.getByRole('navigation', { name: 'Sommaire' }).getByRole('link', { name: 'Acomptes et annulations' })).toBeVisible()

    await searchAndOpen(page, 'Chercher dans le guide', 'ACOMPTE', /Acomptes et annulations/)
    await expect(page).toHaveURL(/\/admin\/help\?page=deposits#/)
    await expect(page.getByRole('heading', { level: 1, name: 'Acomptes et annulations' })).toBeVisible()
    await expectScreenshot(page, 'L’onglet Acomptes et annulation')
  })
})

test.describe('an English-speaking manager', () => {
  test.use({ locale: 'en-GB' })

  test('reads the guide in English and finds the deposits page by searching “deposit”', async ({ page }) => {
    await signIn(page, 'manager@techplus.test', 'techplus-manager')
    await page.goto('/admin/help')
    await expect(page.getByTestId('help-nav-link')).toHaveText('Help')
    await expect(page.getByRole('heading', { level: 1, name: 'TechPlus user guide' })).toBeVisible()

    await searchAndOpen(page, 'Search the guide', 'deposit', /Deposits and cancellations/)
    await expect(page.getByRole('heading', { level: 1, name: 'Deposits and cancellations' })).toBeVisible()
    await expectScreenshot(page, 'The Deposits & cancellation tab')

    // A link between pages lands on the heading it names.
    await page.getByRole('navigation', { name: 'Contents' }).getByRole('link', { name: 'Running a service' }).click()
    await page.getByTestId('help-page').getByRole('link', { name: 'Refunds' }).first().click()
    await expect(page).toHaveURL(/\?page=deposits#refunds$/)
    await expect(page.locator('#refunds')).toBeInViewport()
  })
})

test('the guide, its contents and its search results have no WCAG 2.1 AA violation', async ({ page }) => {
  await signIn(page, 'host@techplus.test', 'techplus-host')
  await page.goto('/admin/help?page=service')
  await expect(page.getByTestId('help-page').getByRole('img').first()).toBeVisible()
  await page.getByLabel(/Search the guide|Chercher dans le guide/).fill('walk-in')
  await expect(page.getByTestId('help-results').getByRole('link').first()).toBeVisible()
  const { violations } = await new AxeBuilder({ page }).include('main.help').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
})

test('the guide is for staff: signed out, /admin/help asks to sign in', async ({ page }) => {
  await page.goto('/admin/help')
  await expect(page).toHaveURL(/\/admin\/login\?redirect=%2Fadmin%2Fhelp/)
})
