import { expect, test } from '@playwright/test'

test('a developer reads the API reference on our own origin, with nothing loaded from elsewhere and nothing refused by its policy', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin
  const elsewhere: string[] = []
  const refused: string[] = []
  page.on('request', (request) => {
    const url = new URL(request.url())
    if (url.protocol.startsWith('http') && url.origin !== origin) elsewhere.push(request.url())
  })
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) refused.push(message.text())
  })
  page.on('pageerror', (error) => refused.push(error.message))

  await page.goto('/api/docs')
  await expect(page.getByRole('heading', { name: /TechPlus API/ })).toBeVisible()
  // Operations grouped by section, each with its summary; opening one shows its body's schema and example.
  const book = page.locator('.opblock-post').filter({ hasText: '/api/reservations/book' })
  await expect(book).toContainText('Book a table')
  await book.locator('.opblock-summary').click()
  await expect(book).toContainText('manageToken')
  await expect(book).toContainText('party_too_large')
  await expect(page.getByText('/api/restaurants/{slug}/availability')).toBeVisible()
  expect(refused).toEqual([])
  expect(elsewhere).toEqual([])
})
