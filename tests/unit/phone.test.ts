import { describe, expect, it } from 'vitest'

import { validateDetails } from '../../src/components/booking/DetailsForm'
import { emptyDetails } from '../../src/components/booking/wizardState'
import { normalisePhone, smsRecipient } from '../../src/domain/phone'
import { bookingRequestSchema, guestSchema } from '../../src/domain/schemas/booking'

const e164 = (input: string, country?: Parameters<typeof normalisePhone>[1]) => {
  const phone = normalisePhone(input, country)
  return phone.ok ? phone.e164 : null
}

describe('a phone number as a guest types it', () => {
  it('is the same French mobile however it is written', () => {
    for (const typed of ['06 12 34 56 78', '0612345678', '06.12.34.56.78', '06-12-34-56-78', '+33 6 12 34 56 78', '+33612345678', '0033 6 12 34 56 78', '+33 (0)6 12 34 56 78', ' 06 12 34 56 78 ']) {
      expect(e164(typed), typed).toBe('+33612345678')
    }
  })

  it('keeps its own country when it has one, and reads national numbers in the country given', () => {
    expect(e164('+44 7400 123456')).toBe('+447400123456')
    expect(e164('0044 7400 123456')).toBe('+447400123456')
    expect(e164('07400 123456', 'GB')).toBe('+447400123456')
    expect(e164('+1 (212) 555-0123')).toBe('+12125550123')
    expect(e164('(212) 555-0123', 'US')).toBe('+12125550123')
  })

  it('says what kind of line it is', () => {
    expect(normalisePhone('06 12 34 56 78')).toMatchObject({ ok: true, kind: 'mobile', country: 'FR' })
    expect(normalisePhone('01 42 68 53 00')).toMatchObject({ ok: true, kind: 'fixed_line', country: 'FR' })
    expect(normalisePhone('+44 20 7946 0958')).toMatchObject({ ok: true, kind: 'fixed_line', country: 'GB' })
    expect(normalisePhone('+1 212 555 0123')).toMatchObject({ ok: true, kind: 'mobile_or_fixed_line', country: 'US' })
  })

  it('is refused when no such number can exist', () => {
    for (const typed of ['', '12', '06 12 34', '06 12 34 56 78 9', 'not a number', '+33 0 12 34 56 78', '+44 7700 900123']) {
      expect(normalisePhone(typed), typed).toEqual({ ok: false, reason: 'not_a_phone_number' })
    }
  })
})

describe('a number for text messages', () => {
  it('is a mobile, or a North American number that may be one', () => {
    expect(smsRecipient('06 12 34 56 78')).toEqual({ ok: true, e164: '+33612345678' })
    expect(smsRecipient('+44 7400 123456')).toEqual({ ok: true, e164: '+447400123456' })
    expect(smsRecipient('+1 212 555 0123')).toEqual({ ok: true, e164: '+12125550123' })
  })

  it('is not a landline, a free phone or a VoIP line', () => {
    for (const typed of ['01 42 68 53 00', '0800 123 456', '09 70 12 34 56', '+44 20 7946 0958']) {
      expect(smsRecipient(typed), typed).toEqual({ ok: false, reason: 'not_a_mobile_number' })
    }
    expect(smsRecipient('06 12')).toEqual({ ok: false, reason: 'not_a_phone_number' })
  })
})

describe('the booking form and the API', () => {
  const request = { restaurant: 'le-petit-zinc', startsAt: '2026-12-24T19:30:00+01:00', partySize: 2, locale: 'fr' }

  it('store the number in E.164', () => {
    expect(guestSchema.parse({ name: 'Camille Martin', email: 'camille@example.fr', phone: '0033 6 12 34 56 78' }).phone).toBe('+33612345678')
    expect(guestSchema.parse({ name: 'Camille Martin', email: 'camille@example.fr', phone: '' }).phone).toBeUndefined()
  })

  it('refuse a number that does not exist', () => {
    const result = guestSchema.safeParse({ name: 'Camille Martin', email: 'camille@example.fr', phone: '06 12 34' })
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]).toMatchObject({ path: ['phone'], message: 'invalid_phone' })
  })

  it('accept a landline for the restaurant to call, but not for text messages', () => {
    const guest = { name: 'Camille Martin', email: 'camille@example.fr', phone: '01 42 68 53 00' }
    expect(bookingRequestSchema.safeParse({ ...request, guest }).success).toBe(true)
    const texts = bookingRequestSchema.safeParse({ ...request, guest, smsConsent: true })
    expect(texts.success).toBe(false)
    expect(texts.error?.issues[0]).toMatchObject({ path: ['guest', 'phone'], message: 'phone_no_sms' })
    expect(bookingRequestSchema.safeParse({ ...request, guest: { ...guest, phone: '06 12 34 56 78' }, smsConsent: true }).success).toBe(true)
  })
})

describe('the booking wizard’s details step', () => {
  const details = { ...emptyDetails, name: 'Camille Martin', email: 'camille@example.fr' }

  it('asks for a mobile before promising text messages, in the diner’s language', () => {
    expect(validateDetails({ ...details, phone: '01 42 68 53 00', smsConsent: true }, 'fr')).toEqual({
      phone: 'Ce numéro ne peut pas recevoir de SMS : indiquez un mobile ou décochez l’option SMS',
    })
    expect(validateDetails({ ...details, phone: '01 42 68 53 00', smsConsent: false }, 'en')).toEqual({})
    expect(validateDetails({ ...details, phone: '06 12 34 56 78', smsConsent: true }, 'en')).toEqual({})
    expect(validateDetails({ ...details, phone: '06 12', smsConsent: true }, 'en')).toEqual({ phone: 'Enter a phone number, e.g. +33 6 12 34 56 78' })
  })
})
