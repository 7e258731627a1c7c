import { expect, test } from '@playwright/test'

test('an editor previews a draft of a page; visitors keep seeing the published one', async ({ page, browser }) => {
  // An owner signs in and saves a draft through the API (what the admin's autosave does)…
  const login = await page.request.post('/api/users/login', { data: { email: 'owner@techplus.test', password: 'techplus-owner' } })
  const headers = { Authorization: `JWT ${(await login.json()).token}` }
  // Le Petit Zinc's about page (La Cantine du Port has one too).
  const zinc = (await (await page.request.get('/api/restaurants?where[slug][equals]=le-petit-zinc&depth=0')).json()).docs[0]
  const found = await page.request.get(`/api/pages?where[slug][equals]=about&where[restaurant][equals]=${zinc.id}&locale=en&depth=0`)
  const about = (await found.json()).docs[0]
  const saved = await page.request.patch(`/api/pages/${about.id}?draft=true&locale=en`, {
    headers,
    data: { hero: { ...about.hero, heading: 'Our story, rewritten (draft)' } },
  })
  expect(saved.ok(), await saved.text()).toBe(true)

  // …and, signed in in this browser (the login above set the admin's cookie), opens the preview.
  await page.goto('/admin')
  await expect(page).toHaveURL(/\/admin\/?$/)
  // The admin's preview names the page's restaurant: it opens where the page lives in the group.
  await page.goto(`/next/preview?slug=about&locale=en&restaurant=${zinc.id}`)
  await expect(page).toHaveURL(/\/en\/le-petit-zinc\/about$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Our story, rewritten (draft)')
  await expect(page.getByText('Draft preview')).toBeVisible()

  const visitor = await browser.newContext()
  const anonymous = await visitor.newPage()
  await anonymous.goto('/en/le-petit-zinc/about')
  await expect(anonymous.getByRole('heading', { level: 1 })).toHaveText(about.hero.heading)
  const refused = await anonymous.request.get('/next/preview?slug=about&locale=en', { maxRedirects: 0 })
  expect(refused.status()).toBe(401)
  await visitor.close()

  await page.getByRole('link', { name: 'Exit preview' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(about.hero.heading)
})
