import { expect, test } from '@playwright/test'

/**
 * The production server (scripts/server.mjs) keys rate limits on the socket's address unless a
 * proxy was declared; this run declares none. The address the app settled on is visible in the
 * audit log's failed sign-ins (read by an admin: an unknown account belongs to no restaurant), so forged X-Forwarded-For headers must not show up there.
 */
test('a client cannot choose its own address with X-Forwarded-For', async ({ request }) => {
  const email = `forged-${Date.now()}@techplus.test`
  for (const forged of ['203.0.113.10', '198.51.100.20, 203.0.113.11']) {
    const refused = await request.post('/api/users/login', { data: { email, password: 'wrong-password' }, headers: { 'X-Forwarded-For': forged } })
    expect(refused.status()).toBe(401)
  }
  const login = await request.post('/api/users/login', { data: { email: 'admin@techplus.test', password: 'techplus-admin' } })
  const headers = { Authorization: `JWT ${(await login.json()).token}` }
  const audit = await (await request.get(`/api/audit-log?where[action][equals]=login_failed&where[summary][contains]=${encodeURIComponent(email)}&depth=0`, { headers })).json()
  expect(audit.docs.map((entry: { ip: string }) => entry.ip)).toEqual(['127.0.0.1', '127.0.0.1'])
})
