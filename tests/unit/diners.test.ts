import { describe, expect, it } from 'vitest'

import { configuredProviders } from '../../src/collections/Customers/oauth/providers'
import { anonymisedEmail, upcomingAndPast } from '../../src/domain/diners/bookings'

const now = new Date('2026-06-10T12:00:00Z')
const booking = (reference: string, startsAt: string, status = 'confirmed') => ({ reference, startsAt, status, partySize: 2 })

describe("a diner's bookings", () => {
  it('lists upcoming bookings soonest first and past ones most recent first', () => {
    const { upcoming, past } = upcomingAndPast(
      [booking('LATER', '2026-07-01T18:00:00Z'), booking('OLD', '2026-01-01T18:00:00Z'), booking('SOON', '2026-06-11T18:00:00Z'), booking('RECENT', '2026-06-01T18:00:00Z', 'completed')],
      now,
    )
    expect(upcoming.map((b) => b.reference)).toEqual(['SOON', 'LATER'])
    expect(past.map((b) => b.reference)).toEqual(['RECENT', 'OLD'])
  })

  it('counts a cancelled or missed future booking as past, and a held one as upcoming', () => {
    const { upcoming, past } = upcomingAndPast(
      [booking('CANCELLED', '2026-06-20T18:00:00Z', 'cancelled'), booking('HELD', '2026-06-20T19:00:00Z', 'pending_payment'), booking('NOSHOW', '2026-06-20T20:00:00Z', 'no_show')],
      now,
    )
    expect(upcoming.map((b) => b.reference)).toEqual(['HELD'])
    expect(past.map((b) => b.reference).sort()).toEqual(['CANCELLED', 'NOSHOW'])
  })

  it('gives each forgotten guest profile its own placeholder address that cannot receive mail', () => {
    expect(anonymisedEmail(7)).not.toBe(anonymisedEmail(8))
    expect(anonymisedEmail(7)).toMatch(/@anonymised\.invalid$/)
  })
})

describe('sign-in providers', () => {
  it('offers none until an installation configures them', () => {
    expect(configuredProviders({})).toEqual([])
  })

  it('offers each provider only when its id and secret are both set', () => {
    const env = { GOOGLE_CLIENT_ID: 'g', GOOGLE_CLIENT_SECRET: 's', FACEBOOK_CLIENT_ID: 'f', OIDC_ISSUER: 'https://id.example', OIDC_CLIENT_ID: 'c', OIDC_CLIENT_SECRET: 'x', OIDC_DISPLAY_NAME: 'Mon SSO' }
    expect(configuredProviders(env).map((p) => [p.id, p.name])).toEqual([
      ['google', 'Google'],
      ['oidc', 'Mon SSO'],
    ])
    expect(configuredProviders(env)[0]).toMatchObject({ kind: 'oidc', issuer: 'https://accounts.google.com' })
  })
})
