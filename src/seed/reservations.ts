import { addMinutes } from 'date-fns'

import { addLocalDays, isoWeekdayOf, todayIn, wallClockToInstant } from '../domain/availability/localTime'
import { minutesOfDay } from '../domain/time'

export const demoGuests = [
  { name: 'Camille Martin', email: 'camille.martin@example.fr', phone: '+33 6 12 34 56 78', locale: 'fr', tags: ['regular'] },
  { name: 'Hugo Bernard', email: 'hugo.bernard@example.fr', phone: '+33 6 23 45 67 89', locale: 'fr', tags: [] },
  { name: 'Léa Dubois', email: 'lea.dubois@example.fr', phone: '+33 6 34 56 78 90', locale: 'fr', tags: ['vip'], allergies: 'Arachides (sévère)' },
  { name: 'Emma Thompson', email: 'emma.t@example.co.uk', phone: '+44 7400 123456', locale: 'en', tags: [] },
  { name: 'Lucas Petit', email: 'lucas.petit@example.fr', phone: '+33 7 45 67 89 01', locale: 'fr', tags: ['regular'] },
  { name: 'Chloé Moreau', email: 'chloe.moreau@example.fr', phone: '+33 6 56 78 90 12', locale: 'fr', tags: [] },
  { name: 'James Carter', email: 'j.carter@example.com', phone: '+1 212 555 0142', locale: 'en', tags: ['press'] },
  { name: 'Manon Laurent', email: 'manon.laurent@example.fr', phone: '+33 6 67 89 01 23', locale: 'fr', tags: [], allergies: 'Sans gluten' },
  { name: 'Nathan Simon', email: 'nathan.simon@example.fr', phone: '+33 6 78 90 12 34', locale: 'fr', tags: [] },
  { name: 'Sofia Rossi', email: 'sofia.rossi@example.it', phone: '+39 333 123 4567', locale: 'en', tags: [] },
  { name: 'Jules Lefebvre', email: 'jules.lefebvre@example.fr', phone: '+33 6 89 01 23 45', locale: 'fr', tags: ['vip', 'regular'] },
  { name: 'Inès Garcia', email: 'ines.garcia@example.fr', phone: '+33 6 50 12 34 56', locale: 'fr', tags: [] },
] as const

type Plan = { time: string; party: number; tables: string[]; source: 'online' | 'phone' | 'walk_in' }

const LUNCH: Plan[] = [
  { time: '12:15', party: 2, tables: ['T1'], source: 'online' },
  { time: '12:30', party: 4, tables: ['T4'], source: 'phone' },
  { time: '12:45', party: 2, tables: ['P1'], source: 'online' },
  { time: '13:00', party: 3, tables: ['T5'], source: 'walk_in' },
]
const DINNER: Plan[] = [
  { time: '19:30', party: 2, tables: ['T2'], source: 'online' },
  { time: '19:45', party: 4, tables: ['T6'], source: 'online' },
  { time: '20:00', party: 2, tables: ['T9'], source: 'phone' },
  { time: '20:15', party: 6, tables: ['T7'], source: 'online' },
  { time: '20:30', party: 2, tables: ['P5'], source: 'online' },
  { time: '21:00', party: 4, tables: ['T8'], source: 'phone' },
]
const BRUNCH: Plan[] = [
  { time: '11:30', party: 2, tables: ['T1'], source: 'online' },
  { time: '12:00', party: 4, tables: ['T4'], source: 'online' },
]

const TURN: Array<[number, number]> = [
  [2, 90],
  [4, 105],
  [6, 120],
  [20, 150],
]
const turnFor = (party: number) => TURN.find(([upTo]) => party <= upTo)?.[1] ?? 150

export interface DemoReservation {
  localDate: string
  startsAt: string
  endsAt: string
  partySize: number
  tables: string[]
  source: Plan['source']
  status: 'confirmed' | 'seated' | 'completed' | 'no_show' | 'cancelled'
  guestIndex: number
  deposit?: { required: boolean; amountMinor: number; currency: string; status: 'paid' }
  occasion?: 'birthday' | 'anniversary' | 'business'
  specialRequests?: string
  /** What the table spent, entered at checkout: on two completed visits in three, as staff really do. */
  spendMinor?: number
}

/** A believable book for the days around today: past services done, today in progress, the week ahead filling up. */
export function demoReservations(now = new Date(), timeZone = 'Europe/Paris'): DemoReservation[] {
  const result: DemoReservation[] = []
  let n = 0
  for (let offset = -3; offset <= 7; offset++) {
    const localDate = addLocalDays(todayIn(timeZone, now), offset)
    const weekday = isoWeekdayOf(localDate)
    const plans = weekday === 1 ? [] : weekday === 7 ? BRUNCH : [...LUNCH, ...DINNER]
    // Fewer bookings further out, as a real book looks.
    const keep = offset > 3 ? Math.ceil(plans.length / 2) : plans.length
    for (const plan of plans.slice(0, keep)) {
      // The one local-time conversion the engine uses: demo bookings sit where its slots are.
      const startsAt = wallClockToInstant(localDate, minutesOfDay(plan.time), timeZone)
      if (!startsAt) continue
      const endsAt = addMinutes(startsAt, turnFor(plan.party))
      const past = endsAt <= now
      const inProgress = startsAt <= now && now < endsAt
      let status: DemoReservation['status'] = past ? 'completed' : inProgress ? 'seated' : 'confirmed'
      if (past && n % 11 === 5) status = 'no_show'
      if (!past && !inProgress && n % 13 === 7) status = 'cancelled'
      const guestIndex = n % demoGuests.length
      result.push({
        localDate,
        startsAt: startsAt.toISOString(),
        endsAt: endsAt.toISOString(),
        partySize: plan.party,
        tables: plan.tables,
        source: plan.source,
        status,
        guestIndex,
        deposit: plan.party >= 6 ? { required: true, amountMinor: 1500 * plan.party, currency: 'EUR', status: 'paid' } : undefined,
        occasion: n % 7 === 3 ? 'birthday' : n % 9 === 4 ? 'anniversary' : undefined,
        specialRequests: n % 5 === 2 ? 'Table au calme si possible' : undefined,
        spendMinor: status === 'completed' && n % 3 !== 0 ? plan.party * (3200 + (n % 5) * 450) : undefined,
      })
      n++
    }
  }
  return result
}
