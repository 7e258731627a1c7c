import { describe, expect, it } from 'vitest'

import { interpolate, renderEmail, translator, type EmailContent } from '../../src/infrastructure/email'

const content: EmailContent = {
  language: 'en',
  subject: 'Booking confirmed',
  sender: 'Le Petit Zinc',
  blocks: [
    { type: 'p', text: 'Hello <b>Camille</b> & co,\nsee you soon.' },
    { type: 'facts', rows: [['Reference', 'K7Q-4MZ']] },
    { type: 'button', label: 'Change or cancel', url: 'https://zinc.example/en/reservation/tok?a=1&b="2"' },
    { type: 'link', label: 'Add to my calendar', url: 'https://zinc.example/api/cal' },
  ],
  note: 'Door code: 4521',
  footer: ['Le Petit Zinc · 12 rue de la Roquette', 'Why you receive this.'],
}

describe('the email layout', () => {
  it('writes a text part without HTML, every link written out', () => {
    const { text } = renderEmail({ ...content, blocks: content.blocks.slice(1) })
    expect(text).not.toMatch(/<\/?[a-z][^>]*>/i)
    expect(text).not.toContain('&amp;')
    expect(text).toContain('Change or cancel: https://zinc.example/en/reservation/tok?a=1&b="2"')
    expect(text).toContain('Add to my calendar: https://zinc.example/api/cal')
    expect(text).toContain('Reference: K7Q-4MZ')
    expect(text).toContain('Door code: 4521')
    expect(text).toContain('—\n\nLe Petit Zinc · 12 rue de la Roquette\nWhy you receive this.')
  })

  it('escapes what people typed and the addresses in the HTML', () => {
    const { html } = renderEmail(content)
    expect(html).toContain('Hello &lt;b&gt;Camille&lt;/b&gt; &amp; co,<br>see you soon.')
    expect(html).not.toContain('<b>Camille')
    expect(html).toContain('href="https://zinc.example/en/reservation/tok?a=1&amp;b=&quot;2&quot;"')
    expect(html).toContain('<html lang="en">')
  })

  it('keeps a typed text as it is in the text part (it is not HTML there)', () => {
    expect(renderEmail(content).text).toContain('Hello <b>Camille</b> & co,\nsee you soon.')
  })

  it('puts a French space before colons in French text', () => {
    expect(renderEmail({ ...content, language: 'fr' }).text).toContain('Reference\u00a0: K7Q-4MZ')
  })

  it('has no footer or rule for a message without one', () => {
    const { text, html } = renderEmail({ ...content, note: undefined, footer: undefined })
    expect(text).not.toContain('—')
    expect(html).not.toContain('font-size:13px;color:#5b5b57">Le Petit Zinc')
  })
})

describe('email translations', () => {
  it('fill named parameters once, leaving unknown ones visible', () => {
    expect(interpolate('Hello {name}, {name}!', { name: '{x}' })).toBe('Hello {x}, {x}!')
    expect(interpolate('Table for {partySize} at {time}', { partySize: 4 })).toBe('Table for 4 at {time}')
  })

  it('choose plural forms by the language’s rules', () => {
    const dictionary = { guests_one: '{count} personne', guests_other: '{count} personnes', hello: 'Bonjour {name}' }
    const { t, count } = translator(dictionary, 'fr')
    expect([0, 1, 2].map((n) => count('guests', n))).toEqual(['0 personne', '1 personne', '2 personnes'])
    expect(t('hello', { name: 'Camille' })).toBe('Bonjour Camille')
    const english = translator({ guests_one: '{count} guest', guests_other: '{count} guests' }, 'en')
    expect([0, 1, 2].map((n) => english.count('guests', n))).toEqual(['0 guests', '1 guest', '2 guests'])
  })
})
