import type { ServiceWindow } from '../availability/types'

/** What the dashboard needs of a booking. */
export interface ServiceBooking {
  id: number | string
  reference: string
  status: string
  startsAt: Date
  partySize: number
  guestName: string
  tables: string[]
  specialRequests?: string | null
  allergies?: string | null
  occasion?: string | null
}

export interface ServiceSummary {
  name: string
  opensAt: Date
  closesAt: Date
  covers: number
  bookings: number
  /** covers booked ÷ seats of the active tables, 0–100 */
  occupancyPercent: number
}

export interface ServiceSnapshot {
  services: ServiceSummary[]
  coversToday: number
  /** confirmed, arriving within the hour */
  arrivingSoon: ServiceBooking[]
  /** confirmed, 15 minutes past their time, not seated */
  late: ServiceBooking[]
  seated: ServiceBooking[]
  pendingDeposits: ServiceBooking[]
  largeParties: ServiceBooking[]
  /** allergies, special requests or an occasion worth knowing before they arrive */
  flagged: ServiceBooking[]
}

export const LATE_AFTER_MINUTES = 15
const HOLDING = new Set(['pending_payment', 'confirmed', 'seated', 'completed'])

/**
 * The state of service on a day, from its bookings and services: what a host reads at a glance on
 * a busy night. Pure: the same bookings and clock give the same picture.
 */
export function serviceSnapshot(input: { bookings: ServiceBooking[]; services: ServiceWindow[]; seats: number; largePartyFrom: number; now: Date }): ServiceSnapshot {
  const { bookings, services, seats, largePartyFrom, now } = input
  const live = bookings.filter((b) => HOLDING.has(b.status)).sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())
  const inService = (s: ServiceWindow) => live.filter((b) => b.startsAt >= s.opensAt && b.startsAt < s.closesAt)
  const summaries = services.map((s) => {
    const covers = inService(s).reduce((sum, b) => sum + b.partySize, 0)
    return {
      name: s.name,
      opensAt: s.opensAt,
      closesAt: s.closesAt,
      covers,
      bookings: inService(s).length,
      occupancyPercent: seats > 0 ? Math.min(100, Math.round((covers / seats) * 100)) : 0,
    }
  })
  const minutesFromNow = (b: ServiceBooking) => (b.startsAt.getTime() - now.getTime()) / 60_000
  const upcoming = live.filter((b) => b.status === 'confirmed' || b.status === 'pending_payment')
  return {
    services: summaries,
    coversToday: live.reduce((sum, b) => sum + b.partySize, 0),
    arrivingSoon: upcoming.filter((b) => b.status === 'confirmed' && minutesFromNow(b) >= 0 && minutesFromNow(b) <= 60),
    late: upcoming.filter((b) => b.status === 'confirmed' && minutesFromNow(b) < -LATE_AFTER_MINUTES),
    seated: live.filter((b) => b.status === 'seated'),
    pendingDeposits: live.filter((b) => b.status === 'pending_payment'),
    largeParties: upcoming.filter((b) => b.partySize >= largePartyFrom),
    flagged: upcoming.filter((b) => Boolean(b.allergies?.trim() || b.specialRequests?.trim() || b.occasion)),
  }
}

export type TableState = 'free' | 'booked_soon' | 'seated' | 'over_time'

export interface FloorBooking {
  id: number | string
  reference: string
  status: string
  startsAt: Date
  endsAt: Date
  guestName: string
  partySize: number
  tableIds: Array<number | string>
}

/** Within this many minutes before a booking, its table shows as booked soon. */
export const SOON_MINUTES = 60

/**
 * Each table's state now, for the floor plan: seated (over time once its stay has run out),
 * booked soon (a confirmed party within the hour, or late and not seated), or free; with the next
 * party due, which a click seats.
 */
export function tableStates(tableIds: Array<number | string>, bookings: FloorBooking[], now: Date) {
  return Object.fromEntries(
    tableIds.map((id) => {
      const mine = bookings.filter((b) => b.tableIds.some((t) => String(t) === String(id))).sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())
      const seated = mine.find((b) => b.status === 'seated')
      const next = mine.find((b) => b.status === 'confirmed' && b.endsAt > now)
      const soon = next && next.startsAt.getTime() - now.getTime() <= SOON_MINUTES * 60_000
      const state: TableState = seated ? (seated.endsAt < now ? 'over_time' : 'seated') : soon ? 'booked_soon' : 'free'
      return [String(id), { state, seated: seated ?? null, next: next ?? null }]
    }),
  )
}
