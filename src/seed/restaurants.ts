import { addLocalDays, todayIn } from '../domain/availability/localTime'

/** Dates relative to today in Paris, so the demo always has a closure and a special night ahead. */
export function localDate(daysFromToday: number, timeZone = 'Europe/Paris', now = new Date()): string {
  return addLocalDays(todayIn(timeZone, now), daysFromToday)
}

export const petitZinc = (now = new Date()) => ({
  fr: {
    name: 'Le Petit Zinc',
    slug: 'le-petit-zinc',
    tagline: 'Bistrot de saison et vins vivants, rue de la Roquette',
    cuisine: 'Bistrot français',
    description:
      "Un comptoir en zinc de 1925, une cuisine du marché qui change chaque semaine et une cave de vins naturels. Réservez en ligne ou passez prendre un verre au bar.",
    timeZone: 'Europe/Paris',
    phone: '+33 1 43 55 12 34',
    email: 'bonjour@lepetitzinc.fr',
    currency: 'EUR' as const,
    address: { street: '42 rue de la Roquette', postalCode: '75011', city: 'Paris', country: 'FR', latitude: 48.8553, longitude: 2.3736 },
    services: [
      { name: 'Déjeuner', days: ['tue', 'wed', 'thu', 'fri', 'sat'], start: '12:00', end: '14:30', lastSeating: '13:45' },
      { name: 'Dîner', days: ['tue', 'wed', 'thu', 'fri', 'sat'], start: '19:00', end: '23:00', lastSeating: '21:45' },
      { name: 'Brunch', days: ['sun'], start: '11:30', end: '15:00', lastSeating: '14:00' },
    ],
    exceptions: [
      { from: localDate(9, 'Europe/Paris', now), label: 'Fermeture exceptionnelle (inventaire)', closed: true },
      {
        from: localDate(16, 'Europe/Paris', now),
        label: 'Soirée vignerons',
        closed: false,
        hours: [{ name: 'Dîner des vignerons', start: '19:30', end: '01:00', lastSeating: '22:30' }],
      },
    ],
    bookingRules: {
      slotIntervalMinutes: 15,
      minNoticeMinutes: 60,
      maxAdvanceDays: 60,
      maxPartyOnline: 8,
      bufferMinutes: 15,
      holdMinutes: 15,
      maxCoversPerSlot: 24,
      maxBookingsPerSlot: 6,
      reminderLeadHours: 24,
      turnTimes: [
        { upToPartySize: 2, minutes: 90 },
        { upToPartySize: 4, minutes: 105 },
        { upToPartySize: 6, minutes: 120 },
        { upToPartySize: 20, minutes: 150 },
      ],
    },
    deposit: { mode: 'per_person' as const, amountMinor: 1500, fromPartySize: 6, services: ['Dîner'] },
    cancellation: {
      freeUntilHours: 48,
      refundPercentAfter: 50,
      noShowFeeMinor: 1500,
      policyText:
        "Annulation gratuite jusqu'à 48 h avant. Ensuite, la moitié de l'acompte est remboursée. Une absence sans prévenir est facturée 15 € par personne.",
    },
    notifications: {
      staffEmail: 'salle@lepetitzinc.fr',
      largePartyFrom: 7,
      waitlistOfferMinutes: 30,
      emailNote: 'Métro Bastille ou Voltaire. Le samedi soir, la salle est animée : demandez la table du fond si vous cherchez le calme.',
    },
  },
  en: {
    tagline: 'Seasonal bistro and natural wines, rue de la Roquette',
    cuisine: 'French bistro',
    description:
      'A 1925 zinc bar, market cooking that changes every week and a cellar of natural wines. Book online or drop in for a glass at the bar.',
    services: ['Lunch', 'Dinner', 'Brunch'],
    exceptions: ['Closed for stocktaking', 'Winemakers night'],
    specialHours: ["Winemakers' dinner"],
    policyText:
      'Free cancellation up to 48 hours before. After that, half of the deposit is refunded. A no-show is charged €15 per guest.',
    emailNote: 'Metro Bastille or Voltaire. Saturday nights are lively: ask for the back table if you would like it quiet.',
  },
})

export const cantineDuPort = () => ({
  fr: {
    name: 'La Cantine du Port',
    slug: 'la-cantine-du-port',
    tagline: 'Poissons du jour face au Vieux-Port',
    cuisine: 'Poissons et fruits de mer',
    description: 'La pêche du matin, grillée ou crue, sur une terrasse au bord de l’eau.',
    timeZone: 'Europe/Paris',
    phone: '+33 4 91 33 20 20',
    email: 'ahoy@cantineduport.fr',
    currency: 'EUR' as const,
    address: { street: '12 quai du Port', postalCode: '13002', city: 'Marseille', country: 'FR', latitude: 43.2965, longitude: 5.3698 },
    services: [
      { name: 'Déjeuner', days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], start: '12:00', end: '15:00', lastSeating: '14:00' },
      { name: 'Dîner', days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'], start: '19:00', end: '22:30', lastSeating: '21:30' },
    ],
    exceptions: [],
    bookingRules: {
      slotIntervalMinutes: 30,
      minNoticeMinutes: 120,
      maxAdvanceDays: 90,
      maxPartyOnline: 6,
      bufferMinutes: 10,
      holdMinutes: 15,
      reminderLeadHours: 24,
      turnTimes: [
        { upToPartySize: 2, minutes: 75 },
        { upToPartySize: 6, minutes: 105 },
      ],
    },
    deposit: { mode: 'none' as const },
    cancellation: { freeUntilHours: 24, refundPercentAfter: 0, policyText: 'Merci de prévenir 24 h à l’avance.' },
  },
  en: {
    tagline: "Catch of the day facing the Old Port",
    cuisine: 'Fish and seafood',
    description: 'The morning catch, grilled or raw, on a terrace by the water.',
    services: ['Lunch', 'Dinner'],
    policyText: 'Please let us know 24 hours in advance.',
  },
})

type TableSeed = {
  label: string
  area: 'dining_room' | 'terrace' | 'bar' | 'private_room'
  min: number
  max: number
  x: number
  y: number
  w: number
  h: number
  shape?: 'rect' | 'round'
  online?: boolean
  joins?: string[]
}

/** 16 tables: ten inside (T10, by the bar, kept for walk-ins), six on the terrace; pairs push together. */
export const petitZincTables: TableSeed[] = [
  { label: 'T1', area: 'dining_room', min: 1, max: 2, x: 4, y: 4, w: 6, h: 6, joins: ['T2'] },
  { label: 'T2', area: 'dining_room', min: 1, max: 2, x: 11, y: 4, w: 6, h: 6, joins: ['T1', 'T3'] },
  { label: 'T3', area: 'dining_room', min: 1, max: 2, x: 18, y: 4, w: 6, h: 6, joins: ['T2'] },
  { label: 'T4', area: 'dining_room', min: 2, max: 4, x: 4, y: 16, w: 8, h: 8, joins: ['T5'] },
  { label: 'T5', area: 'dining_room', min: 2, max: 4, x: 14, y: 16, w: 8, h: 8, joins: ['T4'] },
  { label: 'T6', area: 'dining_room', min: 2, max: 4, x: 26, y: 16, w: 8, h: 8, shape: 'round' },
  { label: 'T7', area: 'dining_room', min: 4, max: 6, x: 4, y: 30, w: 14, h: 8, joins: ['T8'] },
  { label: 'T8', area: 'dining_room', min: 2, max: 4, x: 20, y: 30, w: 8, h: 8, joins: ['T7'] },
  { label: 'T9', area: 'dining_room', min: 1, max: 2, x: 32, y: 30, w: 6, h: 6, shape: 'round' },
  { label: 'T10', area: 'dining_room', min: 1, max: 2, x: 40, y: 4, w: 6, h: 4, online: false },
  { label: 'P1', area: 'terrace', min: 1, max: 2, x: 60, y: 4, w: 6, h: 6, joins: ['P2'] },
  { label: 'P2', area: 'terrace', min: 1, max: 2, x: 68, y: 4, w: 6, h: 6, joins: ['P1'] },
  { label: 'P3', area: 'terrace', min: 2, max: 4, x: 60, y: 16, w: 8, h: 8, joins: ['P4'] },
  { label: 'P4', area: 'terrace', min: 2, max: 4, x: 70, y: 16, w: 8, h: 8, joins: ['P3'] },
  { label: 'P5', area: 'terrace', min: 1, max: 2, x: 60, y: 30, w: 6, h: 6, shape: 'round' },
  { label: 'P6', area: 'terrace', min: 1, max: 2, x: 68, y: 30, w: 6, h: 6, shape: 'round' },
]

export const cantineTables: TableSeed[] = Array.from({ length: 8 }, (_, i) => ({
  label: `C${i + 1}`,
  area: i < 4 ? ('dining_room' as const) : ('terrace' as const),
  min: i % 3 === 0 ? 2 : 1,
  max: i % 3 === 0 ? 4 : 2,
  x: 4 + (i % 4) * 10,
  y: i < 4 ? 4 : 20,
  w: 8,
  h: 8,
}))
