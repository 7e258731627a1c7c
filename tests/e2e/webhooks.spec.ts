import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { expect, test } from '@playwright/test'

import { verifyTechPlusSignature } from '../../docs/webhook-receiver.mjs'
import { signIn } from '../support/adminSignIn'
import { parisTime } from '../support/restaurants'

type Received = { type: string; verified: boolean; reference?: string }

/** The words this page would show an English-speaking owner; a French one must meet none. */
const ENGLISH_ONLY = ['Send test event', 'Signing secret', 'Delivery log', 'Events', 'Show', 'Hide', 'Make a new secret', 'Delivered', 'Test event', 'Booking made', 'Attempt', 'Outcome']

test.describe('an owner’s webhook endpoint, in French', () => {
  test.use({ locale: 'fr-FR' })

  let server: Server
  let secret = ''
  const received: Received[] = []

  test.beforeAll(async () => {
    server = createServer((req, res) => {
      let body = ''
      req.on('data', (chunk) => (body += chunk))
      req.on('end', () => {
        const event = JSON.parse(body)
        received.push({ type: event.type, verified: verifyTechPlusSignature(body, req.headers['techplus-signature'], secret), reference: event.data?.reservation?.reference })
        res.writeHead(200).end('ok')
      })
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()))
  })

  test.afterAll(async () => {
    server.closeAllConnections()
    await new Promise((resolve) => server.close(resolve))
  })

  test('is registered in the admin, hears of a booking, and its "send test event" button reports the receiver’s answer', async ({ page, request }) => {
    const login = await request.post('/api/users/login', { data: { email: 'owner@techplus.test', password: 'techplus-owner' } })
    const headers = { Authorization: `JWT ${(await login.json()).token}` }
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`

    // Registered in the admin's form: name, address, events, restaurant; the secret is the server's to make.
    await signIn(page, 'owner@techplus.test', 'techplus-owner')
    await page.goto('/admin/collections/webhook-endpoints/create')
    await expect(page.getByText('Enregistrez d’abord ce destinataire, puis envoyez un événement de test.')).toBeVisible()
    await page.locator('#field-name').fill('Caisse du Zinc')
    await page.locator('#field-url').fill(url)
    await page.locator('#field-events .rs__control').click()
    await page.getByRole('option', { name: 'Réservation créée' }).click()
    await page.locator('#field-restaurant .rs__control').click()
    await page.getByRole('option', { name: 'Le Petit Zinc' }).click()
    await page.getByRole('button', { name: 'Sauvegarder' }).click()
    await expect(page).toHaveURL(/\/admin\/collections\/webhook-endpoints\/\d+$/)
    const id = Number(page.url().split('/').pop())
    const endpoint = await (await request.get(`/api/webhook-endpoints/${id}?depth=0`, { headers })).json()
    expect(endpoint).toMatchObject({ name: 'Caisse du Zinc', url, events: ['reservation.created'], active: true })
    secret = endpoint.secret

    try {
      // A diner books: the app's own job runner delivers the signed event within seconds.
      const day = parisTime(40, '12:00').date
      const slots = (await (await request.get(`/api/restaurants/le-petit-zinc/availability?date=${day}&party=2`)).json()).slots as { startsAt: string; available: boolean }[]
      const slot = slots.find((s) => s.available)!
      const booked = await request.post('/api/reservations/book', {
        data: { restaurant: 'le-petit-zinc', startsAt: slot.startsAt, partySize: 2, locale: 'fr', guest: { name: 'Webhook Diner', email: 'webhook-diner@example.fr' } },
      })
      expect(booked.status()).toBe(201)
      const { reference } = await booked.json()
      await expect.poll(() => received.find((r) => r.reference === reference), { timeout: 20_000 }).toEqual({ type: 'reservation.created', verified: true, reference })

      await page.goto(`/admin/collections/webhook-endpoints/${id}`)
      // The secret is masked until asked for.
      const shown = page.getByTestId('webhook-secret')
      await expect(shown).toHaveText(/^whsec_•+$/)
      await page.getByRole('button', { name: 'Afficher' }).click()
      await expect(shown).toHaveText(secret)

      await page.getByRole('button', { name: 'Envoyer un événement de test' }).click()
      await expect(page.getByTestId('webhook-test-result')).toHaveText(/^Livré : le destinataire a répondu 200 en \d+ ms\.$/)
      expect(received.at(-1)).toEqual({ type: 'ping', verified: true, reference: undefined })

      // The attempts are in the log on the endpoint's page, in French.
      await page.reload()
      const log = page.locator('.field-type.join')
      await expect(log.getByText('Événement de test').first()).toBeVisible()
      await expect(log.getByText('Réservation créée').first()).toBeVisible()
      await expect(log.getByText('Livré').first()).toBeVisible()
      const text = await page.evaluate(() => document.body.innerText)
      expect(ENGLISH_ONLY.filter((words) => new RegExp(`(?<![\\p{L}])${words}(?![\\p{L}])`, 'u').test(text))).toEqual([])
    } finally {
      await request.delete(`/api/webhook-endpoints/${id}`, { headers })
    }
  })
})
