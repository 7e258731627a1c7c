import { mkdtemp, readdir, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { localeFromAcceptLanguage } from '../../src/i18n/config'
import { changedFields } from '../../src/infrastructure/audit/auditChanges'
import { emailSettings } from '../../src/utilities/emailSettings'
import { databasePool } from '../../src/infrastructure/config/databasePool'
import { payloadSecret } from '../../src/infrastructure/config/payloadSecret'

describe('language of a first visit', () => {
  it('follows the browser, by quality, and falls back to French', () => {
    expect(localeFromAcceptLanguage('en-GB,en;q=0.9,fr;q=0.8')).toBe('en')
    expect(localeFromAcceptLanguage('de-DE,en;q=0.5,fr;q=0.7')).toBe('fr')
    expect(localeFromAcceptLanguage('de-DE,es;q=0.9')).toBe('fr')
    expect(localeFromAcceptLanguage(null)).toBe('fr')
    expect(localeFromAcceptLanguage('en;q=0')).toBe('fr')
  })
})

describe('email settings', () => {
  it('keep mail in a local mailbox folder, readable, when no SMTP server is set', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'mailbox-'))
    const settings = emailSettings({ MAIL_DIR: dir })
    expect(settings.transportOptions).toBeUndefined()
    await settings.transport!.sendMail({ from: 'a@example.com', to: 'guest@example.com', subject: 'Réservation confirmée', text: 'À bientôt' })
    const [file] = await readdir(dir)
    expect(file).toMatch(/\.eml$/)
    const eml = await readFile(path.join(dir, file!), 'utf8')
    expect(eml).toContain('To: guest@example.com')
    expect(eml).toMatch(/Subject: =\?UTF-8\?Q\?R=C3=A9servation/)
  })

  it('use the SMTP server from the environment', () => {
    const settings = emailSettings({ SMTP_HOST: 'mail.example.fr', SMTP_PORT: '465', SMTP_USER: 'u', SMTP_PASS: 'p' })
    expect(settings.transportOptions).toMatchObject({ host: 'mail.example.fr', port: 465, secure: true, auth: { user: 'u', pass: 'p' } })
  })
})

describe('session secret', () => {
  it('refuses to run a production server on the development secret', () => {
    expect(() => payloadSecret({ NODE_ENV: 'production' })).toThrow(/PAYLOAD_SECRET/)
    expect(payloadSecret({ NODE_ENV: 'production', PAYLOAD_SECRET: 's3cret' })).toBe('s3cret')
    expect(payloadSecret({ NODE_ENV: 'development' })).toMatch(/development/)
  })
})

describe('audit differences', () => {
  it('lists changed fields with before and after, ignoring timestamps', () => {
    const changes = changedFields({ partySize: 2, status: 'confirmed', updatedAt: 'a' }, { partySize: 4, status: 'confirmed', updatedAt: 'b' })
    expect(changes).toEqual({ partySize: [2, 4] })
  })
})

describe('the database pool', () => {
  it('is sized and timed out explicitly, with defaults that fit two nodes and a worker under 100 connections', () => {
    expect(databasePool({ DATABASE_URI: 'postgres://db/techplus' })).toEqual({
      connectionString: 'postgres://db/techplus',
      max: 10,
      idleTimeoutMillis: 30_000,
      connectionTimeoutMillis: 30_000,
    })
    expect(databasePool({ DATABASE_POOL_MAX: '20', DATABASE_POOL_IDLE_MS: '5000', DATABASE_POOL_TIMEOUT_MS: '2000' })).toMatchObject({ max: 20, idleTimeoutMillis: 5000, connectionTimeoutMillis: 2000 })
  })

  it('refuses a value that is not a whole number above 0, naming the setting', () => {
    expect(() => databasePool({ DATABASE_POOL_MAX: 'ten' })).toThrow('DATABASE_POOL_MAX must be a whole number above 0 (got "ten")')
    expect(() => databasePool({ DATABASE_POOL_TIMEOUT_MS: '0' })).toThrow(/DATABASE_POOL_TIMEOUT_MS/)
  })
})
