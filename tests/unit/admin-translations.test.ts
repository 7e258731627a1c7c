import { initI18n, type I18n } from '@payloadcms/translations'
import { en as payloadEn } from '@payloadcms/translations/languages/en'
import { fr as payloadFr } from '@payloadcms/translations/languages/fr'
import type { CollectionConfig, Config, Field } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { reservationsPlugin } from '../../src/plugins/reservations'
import { countOf } from '../../src/plugins/reservations/translations/count'
import { translations } from '../../src/plugins/reservations/translations'
import { emailTranslations } from '../../src/plugins/reservations/translations/email'

/** The host's config as payload.config.ts starts it, with one word of its own. */
const host: Config = {
  secret: 'test',
  collections: [],
  db: undefined as never,
  i18n: { supportedLanguages: { fr: payloadFr, en: payloadEn }, fallbackLanguage: 'en', translations: { fr: { techplus: { hello: 'Bonjour' } } } },
}
const config = reservationsPlugin()(host) as Config
const i18nFor = (language: 'fr' | 'en') =>
  initI18n({ config: config.i18n as never, context: 'client', language }) as Promise<I18n>

type Text = { where: string; text: string }

/** Every word the admin shows for a field: label, description, options, row labels; tabs and nested fields too. */
function fieldTexts(fields: Field[], i18n: I18n, where: string): Text[] {
  const read = (value: unknown, at: string): Text[] => {
    if (typeof value === 'function') return [{ where: at, text: value({ t: i18n.t, i18n }) as string }]
    if (value && typeof value === 'object') return [{ where: at, text: (value as Record<string, string>)[i18n.language] ?? '' }]
    if (typeof value === 'string') return [{ where: at, text: value }]
    return []
  }
  return fields.flatMap((field) => {
    const f = field as Field & { name?: string; label?: unknown; labels?: { singular?: unknown; plural?: unknown }; options?: unknown[]; admin?: { description?: unknown }; fields?: Field[]; tabs?: Array<{ label?: unknown; fields: Field[] }> }
    const at = `${where}.${f.name ?? f.type}`
    return [
      ...read(f.label, `${at} label`),
      ...read(f.admin?.description, `${at} description`),
      ...read(f.labels?.singular, `${at} singular`),
      ...read(f.labels?.plural, `${at} plural`),
      ...(f.options ?? []).flatMap((option) => (typeof option === 'object' ? read((option as { label: unknown }).label, `${at} option`) : [])),
      ...(f.tabs ?? []).flatMap((tab) => [...read(tab.label, `${at} tab`), ...fieldTexts(tab.fields, i18n, at)]),
      ...fieldTexts(f.fields ?? [], i18n, at),
    ]
  })
}

/** Fields Payload would name itself from their name (in English) because they have no label of ours. */
function unlabelled(fields: Field[], where: string): string[] {
  return fields.flatMap((field) => {
    const f = field as Field & { name?: string; label?: unknown; hidden?: boolean; fields?: Field[]; tabs?: Array<{ fields: Field[] }> }
    const nested = [...unlabelled(f.fields ?? [], `${where}.${f.name ?? f.type}`), ...(f.tabs ?? []).flatMap((tab) => unlabelled(tab.fields, where))]
    const needsLabel = f.name && f.type !== 'ui' && !f.hidden && f.label === undefined
    return needsLabel ? [`${where}.${f.name}`, ...nested] : nested
  })
}

const pluginCollections = () => (config.collections ?? []) as CollectionConfig[]

describe("the reservation plugin's words in Payload's i18n", () => {
  let fr: I18n
  let en: I18n
  beforeAll(async () => {
    fr = await i18nFor('fr')
    en = await i18nFor('en')
  })

  it('are merged into the host config beside its own translations', () => {
    const merged = config.i18n?.translations as Record<string, Record<string, unknown>>
    expect(merged.fr!.techplus).toEqual({ hello: 'Bonjour' })
    expect(merged.fr!.reservations).toBe(translations.fr.reservations)
    expect(merged.en!.reservations).toBe(translations.en.reservations)
    // The guests' emails are a section of the same namespace.
    expect(translations.fr.reservations.email).toBe(emailTranslations.fr)
  })

  it('say a French host "Confirmée", "À table" and "Absent" where the English admin says "Confirmed", "Seated", "No-show"', () => {
    const status = pluginCollections().find((c) => c.slug === 'reservations')!.fields.find((f) => 'name' in f && f.name === 'status') as { options: { value: string; label: (args: unknown) => string }[] }
    const labels = (i18n: I18n) => Object.fromEntries(status.options.map((o) => [o.value, o.label({ t: i18n.t, i18n })]))
    expect(labels(fr)).toMatchObject({ confirmed: 'Confirmée', seated: 'À table', no_show: 'Absent', cancelled: 'Annulée' })
    expect(labels(en)).toMatchObject({ confirmed: 'Confirmed', seated: 'Seated', no_show: 'No-show', cancelled: 'Cancelled' })
  })

  it('give every field, tab, option and description of every plugin collection a word in both languages', () => {
    for (const i18n of [fr, en]) {
      for (const collection of pluginCollections()) {
        const texts = fieldTexts(collection.fields, i18n, collection.slug)
        expect(texts.length).toBeGreaterThan(3)
        // A key Payload cannot find comes back as the key itself.
        expect(texts.filter((t) => !t.text || t.text.startsWith('reservations:')).map((t) => t.where)).toEqual([])
      }
    }
  })

  it('leave no field of a plugin collection to the English name Payload makes from its name', () => {
    expect(pluginCollections().flatMap((c) => unlabelled(c.fields, c.slug))).toEqual([])
  })

  it('refuse a value in the language of whoever sent it', () => {
    const tables = pluginCollections().find((c) => c.slug === 'tables')!
    const row = tables.fields.find((f) => f.type === 'row' && f.fields.some((g) => 'name' in g && g.name === 'maxCapacity')) as { fields: Field[] }
    const maxCapacity = row.fields.find((f) => 'name' in f && f.name === 'maxCapacity') as { validate: (value: number, options: unknown) => unknown }
    expect(maxCapacity.validate(2, { siblingData: { minCapacity: 4 }, req: { t: fr.t } })).toBe('Le nombre de couverts max. ne peut pas être inférieur au min.')
    expect(maxCapacity.validate(2, { siblingData: { minCapacity: 4 }, req: { t: en.t } })).toBe('Max guests cannot be below min guests')
    expect(maxCapacity.validate(4, { siblingData: { minCapacity: 2 }, req: { t: fr.t } })).toBe(true)
  })

  it('name the collections in French for a French user', () => {
    const reservations = pluginCollections().find((c) => c.slug === 'reservations')!
    const call = (label: unknown, i18n: I18n) => (label as (args: unknown) => string)({ t: i18n.t, i18n })
    expect(call(reservations.labels!.plural, fr)).toBe('Réservations')
    expect(call(reservations.labels!.singular, en)).toBe('Reservation')
    expect(reservations.admin!.group).toEqual({ en: 'Reservations', fr: 'Réservations' })
  })

  it('count by each language\'s rules: "0 couvert" and "2 couverts" in French, "0 covers" and "1 cover" in English', () => {
    expect(countOf(fr, 'reservations:calendar:covers', 0)).toBe('0 couvert')
    expect(countOf(fr, 'reservations:calendar:covers', 2)).toBe('2 couverts')
    expect(countOf(fr, 'reservations:calendar:covers', 1200)).toBe('1\u202f200 couverts')
    expect(countOf(en, 'reservations:calendar:covers', 0)).toBe('0 covers')
    expect(countOf(en, 'reservations:calendar:covers', 1)).toBe('1 cover')
  })
})
