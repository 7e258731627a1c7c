import type { Config } from 'payload'
import { describe, expect, it } from 'vitest'

import { reservationsPlugin } from '../../src/plugins/reservations'

const host: Config = { collections: [{ slug: 'pages', fields: [] }], secret: 'x' } as unknown as Config
const payments = { secretKey: 'sk_test_options', webhookSecret: 'whsec_options' }

const endpointPaths = (config: Config) => [
  ...(config.endpoints ?? []).map((e) => e.path),
  ...(config.collections ?? []).flatMap((c) => (c.endpoints || []).map((e) => `/${c.slug}${e.path}`)),
]
const views = (config: Config) => Object.keys(config.admin?.components?.views ?? {})
const scheduled = (config: Config) => (config.jobs?.tasks ?? []).filter((t) => t.schedule?.length).map((t) => t.slug)

describe('the reservation plugin options', () => {
  it('enabled: booking endpoints, staff views, scheduled jobs, and Stripe webhooks when given payments', () => {
    const config = reservationsPlugin({ payments })(host)
    expect(endpointPaths(config)).toEqual(expect.arrayContaining(['/reservations/book', '/restaurants/:slug/availability', '/stripe/webhooks']))
    expect(views(config)).toEqual(expect.arrayContaining(['dashboard', 'service', 'calendar', 'floor', 'analytics']))
    expect(scheduled(config)).toEqual(expect.arrayContaining(['sendReminders', 'reconcileDeposits']))
  })

  it("/admin opens on today's service, unless the host brought its own dashboard", () => {
    const dashboard = (config: Config) => config.admin?.components?.views?.dashboard?.Component
    expect(dashboard(reservationsPlugin({})(host))).toBe('/plugins/reservations/admin/StaffHome#StaffHome')
    const own = { ...host, admin: { components: { views: { dashboard: { Component: '/own#Dashboard' } } } } } as Config
    expect(dashboard(reservationsPlugin({})(own))).toBe('/own#Dashboard')
  })

  it('without payments: no Stripe webhook endpoint', () => {
    expect(endpointPaths(reservationsPlugin({})(host))).not.toContain('/stripe/webhooks')
  })

  it('disabled: the same collections and job slugs (the schema does not change), but nothing that acts', () => {
    const on = reservationsPlugin({ payments })(host)
    const off = reservationsPlugin({ enabled: false, payments })(host)
    expect(off.collections!.map((c) => c.slug)).toEqual(on.collections!.map((c) => c.slug))
    expect(off.jobs!.tasks!.map((t) => t.slug)).toEqual(on.jobs!.tasks!.map((t) => t.slug))
    expect(endpointPaths(off)).toEqual([])
    expect(views(off)).toEqual([])
    expect(off.admin?.components?.beforeNavLinks ?? []).toEqual([])
    expect(scheduled(off)).toEqual([])
  })

  it('the retry delay given in options replaces every task backoff', () => {
    const config = reservationsPlugin({ email: { retryDelayMs: 1234 } })(host)
    const delays = (config.jobs?.tasks ?? []).map((t) => (typeof t.retries === 'object' ? t.retries.backoff?.delay : undefined)).filter(Boolean)
    expect(delays.length).toBeGreaterThanOrEqual(3)
    expect(new Set(delays)).toEqual(new Set([1234]))
  })
})
