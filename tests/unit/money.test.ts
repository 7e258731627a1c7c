import { describe, expect, it } from 'vitest'

import { currencyExponent, formatMinor, formatMinorPlain, isMinorUnits, minorToDecimalString, parseMajorAmount, toMinorUnits } from '../../src/domain/money'

describe('an amount in minor units', () => {
  it('is written in the diner’s language with the currency’s own decimals', () => {
    expect(formatMinor(1250, 'EUR', 'fr')).toBe('12,50\u00a0€')
    expect(formatMinor(1250, 'EUR', 'en')).toBe('€12.50')
    expect(formatMinor(123456, 'EUR', 'fr')).toBe('1\u202f234,56\u00a0€')
    expect(formatMinor(900, 'GBP', 'en')).toBe('£9.00')
    // The yen has no minor unit: 1200 is 1 200 yen, not 12.
    expect(formatMinor(1200, 'JPY', 'en')).toBe('JP¥1,200')
    expect(formatMinor(1500, 'KWD', 'en')).toBe('KWD\u00a01.500')
  })

  it('knows each currency’s exponent from Intl', () => {
    expect([currencyExponent('EUR'), currencyExponent('JPY'), currencyExponent('BHD')]).toEqual([2, 0, 3])
  })

  it('is a whole, non-negative number', () => {
    expect([1250, 0].every(isMinorUnits)).toBe(true)
    expect([12.5, -1, Number.NaN, '1250', null].some(isMinorUnits)).toBe(false)
  })

  it('becomes the decimal text schema.org and spreadsheets expect', () => {
    expect(minorToDecimalString(1450, 'EUR')).toBe('14.50')
    expect(minorToDecimalString(5, 'EUR')).toBe('0.05')
    expect(minorToDecimalString(1200, 'JPY')).toBe('1200')
    expect(minorToDecimalString(-1250, 'EUR')).toBe('-12.50')
  })

  it('comes from a decimal without floating-point drift', () => {
    expect(toMinorUnits(19.99)).toBe(1999)
    expect(toMinorUnits(0.1 + 0.2)).toBe(30)
    expect(toMinorUnits(1200, 'JPY')).toBe(1200)
  })
})

describe('what an owner types as a price', () => {
  it('is read with a comma or a point, with or without the symbol', () => {
    for (const typed of ['12,50', '12.50', '12,5', '12.5', '12,50 €', '€12.50', ' 12,50\u00a0€ ', '12,50 EUR']) expect(parseMajorAmount(typed, 'EUR'), typed).toBe(1250)
    expect(parseMajorAmount('12', 'EUR')).toBe(1200)
    expect(parseMajorAmount(',5', 'EUR')).toBe(50)
  })

  it('understands thousands written the French, English or Swiss way', () => {
    for (const typed of ['1 234,50', '1\u202f234,50', '1.234,50', '1,234.50', "1'234.50"]) expect(parseMajorAmount(typed, 'EUR'), typed).toBe(123450)
    expect(parseMajorAmount('1.000.000', 'EUR')).toBe(100000000)
  })

  it('is refused when it is not an amount of that currency', () => {
    for (const typed of ['', 'abc', '-5', '12,5,0', '12.50.3,1', '1,2,3.4.5', '12,505']) expect(parseMajorAmount(typed, 'EUR'), typed).toBeNull()
    // One separator and three digits: a thousand to some, a typo to others. Asked again rather than guessed.
    expect([parseMajorAmount('1,234', 'EUR'), parseMajorAmount('1.000', 'EUR')]).toEqual([null, null])
    expect(parseMajorAmount('12,50', 'JPY')).toBeNull()
    expect(parseMajorAmount('1200', 'JPY')).toBe(1200)
  })

  it('is shown back in the input the way it was typed, without symbol', () => {
    expect(formatMinorPlain(1250, 'EUR', 'fr')).toBe('12,50')
    expect(formatMinorPlain(123450, 'EUR', 'en')).toBe('1234.50')
    expect(parseMajorAmount(formatMinorPlain(99, 'EUR', 'fr'), 'EUR')).toBe(99)
  })
})
