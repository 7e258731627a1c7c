import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import type { UnavailableReason } from '../../src/domain/availability/types'
import { answerLanguage, ERROR_CODES, errorMessage, isErrorCode, managerMayForce, refusalOfIssue } from '../../src/domain/errors'
import { bookingRequestSchema, waitlistRequestSchema } from '../../src/domain/schemas/booking'

const SRC = path.join(__dirname, '../../src')

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name)
    if (statSync(full).isDirectory()) return sourceFiles(full)
    return /\.tsx?$/.test(name) ? [full] : []
  })
}

/** Every code the source can answer with: thrown, returned, put on a hook's field error, or given to zod as its message. */
function codesInSource(): Map<string, string> {
  const found = new Map<string, string>()
  const add = (code: string, file: string) => found.set(code, path.relative(SRC, file))
  for (const file of sourceFiles(SRC)) {
    if (file.includes(`${path.sep}domain${path.sep}errors${path.sep}`) || file.includes('payload-types')) continue
    const text = readFileSync(file, 'utf8')
    for (const [, code] of text.matchAll(/new BookingError\(\s*[^,()]+,\s*'([^']*)'/g)) add(code!, file)
    for (const [, code] of text.matchAll(/\brefusal\(\s*\d+,\s*'([^']*)'/g)) add(code!, file)
    // zod's own kind of issue ('custom') is not ours: its message carries our code.
    for (const [, code] of text.matchAll(/\bcode: '(?!custom')([^']*)'/g)) add(code!, file)
    if (/from 'zod'/.test(text)) {
      for (const [, code] of text.matchAll(/(?<!Response\.json\(\{ )\b(?:message|error): '([^']*)'/g)) add(code!, file)
      for (const [, code] of text.matchAll(/\? '([^']*)' : undefined\)/g)) add(code!, file)
      for (const [, code] of text.matchAll(/\.(?:min|max|int|email|positive|nonnegative|length|regex)\((?:[^()']|\([^()]*\))*?'([^']*)'\s*\)/g)) add(code!, file)
    }
  }
  return found
}

describe('error codes', () => {
  it('every code has a French and an English message', () => {
    expect(ERROR_CODES.length).toBeGreaterThan(40)
    for (const code of ERROR_CODES) {
      for (const language of ['fr', 'en'] as const) {
        const text = errorMessage(code, language, { max: 8, minimum: 1, maximum: 100, days: 92, seconds: 30, left: '12.50', from: 'seated', to: 'confirmed', status: 'cancelled' })
        expect(text.trim(), `${code} in ${language}`).not.toBe('')
        expect(text, `${code} in ${language}`).not.toMatch(/undefined|\[object/)
      }
      expect(errorMessage(code, 'fr'), `${code} is translated`).not.toBe(errorMessage(code, 'en'))
    }
  })

  it('every code the source answers with is in the table', () => {
    const found = codesInSource()
    // The scan must see the known refusals, or it proves nothing.
    for (const code of ['invalid_json', 'party_too_large', 'rate_limited', 'table_taken', 'ends_before_starts', 'invalid_email', 'window_reversed']) expect(found.has(code), code).toBe(true)
    const unknown = [...found].filter(([code]) => !isErrorCode(code)).map(([code, file]) => `${code} (${file})`)
    expect(unknown).toEqual([])
  })

  it('every code is documented for API consumers in the README', () => {
    const readme = readFileSync(path.join(SRC, '../README.md'), 'utf8')
    expect(ERROR_CODES.filter((code) => !readme.includes(`\`${code}\``))).toEqual([])
  })

  it("every reason the engine gives is a code", () => {
    const reasons: Record<UnavailableReason | 'not_a_slot', true> = { closed: true, too_soon: true, too_far: true, pacing: true, no_table: true, not_a_slot: true }
    for (const reason of Object.keys(reasons)) expect(isErrorCode(reason), reason).toBe(true)
  })

  it('words a party limit with the restaurant’s number and phone', () => {
    expect(errorMessage('party_too_large', 'fr', { max: 8, phone: '01 23 45 67 89' })).toBe('Au-delà de 8 convives, appelez le restaurant au 01 23 45 67 89')
    expect(errorMessage('party_too_large', 'en', { max: 8 })).toBe('For more than 8 guests, please call the restaurant')
  })

  it('answers an unknown code with a general refusal rather than nothing', () => {
    expect(errorMessage('no_such_code', 'fr')).toBe('La demande a été refusée')
    expect(errorMessage(undefined, 'en')).toBe('The request was refused')
  })

  it('lets a manager force the booking rules but never a taken table', () => {
    expect(managerMayForce('pacing')).toBe(true)
    expect(managerMayForce('closed')).toBe(true)
    expect(managerMayForce('table_taken')).toBe(false)
    expect(managerMayForce('forbidden')).toBe(false)
    expect(managerMayForce(null)).toBe(false)
  })
})

describe('the language of an answer', () => {
  it('takes ?locale first', () => expect(answerLanguage('en', 'fr-FR,fr;q=0.9')).toBe('en'))
  it('then Accept-Language in quality order', () => expect(answerLanguage(null, 'de-DE, en;q=0.5, fr-CA;q=0.8')).toBe('fr'))
  it('ignores an unknown ?locale', () => expect(answerLanguage('de', 'fr')).toBe('fr'))
  it('else English', () => expect(answerLanguage(undefined, 'de, es;q=0.5')).toBe('en'))
})

describe('zod issues as refusals', () => {
  const booking = { restaurant: 'le-petit-zinc', startsAt: '2026-12-24T19:30:00+01:00', partySize: 2, guest: { name: 'Camille', email: 'camille@example.fr' } }
  const refusals = (result: { success: boolean; error?: { issues: Parameters<typeof refusalOfIssue>[0][] } }) => result.error!.issues.map(refusalOfIssue)

  it('names a bad email by its code and field', () => {
    expect(refusals(bookingRequestSchema.safeParse({ ...booking, guest: { ...booking.guest, email: 'camille@' } }))).toEqual([{ code: 'invalid_email', field: 'guest.email' }])
  })

  it('names a missing name and a bad phone', () => {
    const found = refusals(bookingRequestSchema.safeParse({ ...booking, guest: { email: 'camille@example.fr', phone: 'call me' } }))
    expect(found).toEqual([
      { code: 'name_required', field: 'guest.name' },
      { code: 'invalid_phone', field: 'guest.phone' },
    ])
  })

  it('gives the bound a party size broke', () => {
    expect(refusals(bookingRequestSchema.safeParse({ ...booking, partySize: 0 }))).toEqual([{ code: 'too_small', field: 'partySize', params: { minimum: 1 } }])
  })

  it('says a required field is missing', () => {
    expect(refusals(bookingRequestSchema.safeParse({ ...booking, restaurant: undefined }))).toEqual([{ code: 'required', field: 'restaurant' }])
  })

  it('names a waitlist window that ends before it starts', () => {
    const request = { restaurant: 'x', date: '2026-12-24', windowStart: '21:00', windowEnd: '19:00', partySize: 2, guest: booking.guest }
    expect(refusals(waitlistRequestSchema.safeParse(request))).toEqual([{ code: 'window_reversed', field: 'windowEnd' }])
  })
})
