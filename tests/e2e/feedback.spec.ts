import { devices, expect, test } from '@playwright/test'

import { signIn } from '../support/adminSignIn'
import { linkInMailbox } from '../support/e2eMail'

/** A wall-clock time in Paris `days` from today, as an instant (ISO, UTC). */
function parisInstant(days: number, time: string): string {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date(Date.now() + days * 86_400_000))
  // Paris is UTC+1 in winter, UTC+2 in summer: try both, keep the one that reads back as asked.
  for (const offset of ['+01:00', '+02:00']) {
    const instant = new Date(`${day}T${time}:00${offset}`)
    const back = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(instant)
    if (back === time) return instant.toISOString()
  }
  throw new Error(`No ${time} in Paris on ${day}`)
}

test('a diner scores yesterday’s visit 5 from the emailed link on a phone; the manager sees it in analytics', async ({ page, request, browser, baseURL }) => {
  const email = `avis-${Date.now()}@example.fr`
  const login = await request.post('/api/users/login', { data: { email: 'admin@techplus.test', password: 'techplus-admin' } })
  const headers = { Authorization: `JWT ${(await login.json()).token}` }
  const zinc = (await (await request.get('/api/restaurants?where[slug][equals]=le-petit-zinc&depth=0')).json()).docs[0]
  // Yesterday's dinner, served and completed.
  const visit = await request.post('/api/reservations', {
    headers,
    data: {
      restaurant: zinc.id,
      startsAt: parisInstant(-1, '20:00'),
      partySize: 2,
      guestName: 'Juliette Avis',
      guestEmail: email,
      guestLocale: 'fr',
      source: 'phone',
      status: 'completed',
      overrideRules: true,
      overrideReason: 'Visit recorded after the service',
    },
  })
  expect(visit.ok(), await visit.text()).toBe(true)

  // The morning after, at 10:00 in Paris: the scheduled job, run now.
  const run = await request.post('/api/feedback/run', { headers, data: { job: 'requestFeedback', at: parisInstant(0, '10:00') } })
  expect(run.status(), await run.text()).toBe(202)
  const link = await linkInMailbox(email, /\/fr\/feedback\/[A-Za-z0-9_-]{43}$/, 30_000)

  await page.goto(new URL(link).pathname)
  await expect(page.getByRole('heading', { name: 'Votre avis' })).toBeVisible()
  const scores = page.getByRole('group', { name: 'Votre note, de 1 à 5' })
  await expect(scores.getByRole('radio')).toHaveCount(5)
  await scores.getByRole('radio', { name: /5\s*Excellent/ }).check()
  await page.getByLabel('Un mot de plus ? (facultatif)').fill('Service aux petits soins, merci !')
  await page.getByRole('button', { name: 'Envoyer mon avis' }).click()
  await expect(page.getByTestId('feedback-thanks')).toHaveText('Merci ! Votre avis a bien été transmis à l’équipe.')

  // The manager, at a desktop: the score and the comment in analytics.
  const desk = await browser.newContext({ ...devices['Desktop Chrome'], baseURL })
  const admin = await desk.newPage()
  await signIn(admin, 'manager@techplus.test', 'techplus-manager')
  await admin.goto('/admin/analytics')
  const section = admin.getByTestId('feedback-section')
  await expect(section.getByTestId('feedback-answers')).toContainText('1')
  await expect(section.getByTestId('feedback-average')).toContainText('5/5')
  await expect(section.getByTestId('feedback-comments')).toContainText('Service aux petits soins, merci !')
  await expect(section.getByTestId('feedback-comments')).toContainText('Juliette Avis')
  await desk.close()
})
