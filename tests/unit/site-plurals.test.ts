import { describe, expect, it } from 'vitest'

import { accountMessagesFor } from '../../src/i18n/account'
import { messagesFor } from '../../src/i18n/messages'

const counts = [0, 1, 2]

describe('counts on the site', () => {
  it('the menu says "0 dishes" in English and "0 plat" in French', () => {
    expect(counts.map(messagesFor('en').menu.results)).toEqual(['0 dishes', '1 dish', '2 dishes'])
    expect(counts.map(messagesFor('fr').menu.results)).toEqual(['0 plat', '1 plat', '2 plats'])
  })

  it('the booking wizard counts guests by each language’s rule', () => {
    expect(counts.map(messagesFor('en').wizard.guests)).toEqual(['0 guests', '1 guest', '2 guests'])
    expect(counts.map(messagesFor('fr').wizard.guests)).toEqual(['0 personne', '1 personne', '2 personnes'])
  })

  it('the large-party hint agrees with its number', () => {
    expect(messagesFor('en').wizard.largeParty(1)).toBe('More than 1 guest? Please call us.')
    expect(messagesFor('en').wizard.largeParty(12)).toBe('More than 12 guests? Please call us.')
    expect(messagesFor('fr').wizard.largeParty(12)).toBe('Plus de 12 personnes ? Appelez-nous.')
  })

  it('the diner’s bookings list counts people', () => {
    expect(counts.map(accountMessagesFor('en').people)).toEqual(['0 people', '1 person', '2 people'])
    expect(counts.map(accountMessagesFor('fr').people)).toEqual(['0 personne', '1 personne', '2 personnes'])
  })

  it('large counts are written the language’s way', () => {
    expect(messagesFor('en').menu.results(1200)).toBe('1,200 dishes')
    expect(messagesFor('fr').menu.results(1200)).toMatch(/^1\s200 plats$/)
  })
})
