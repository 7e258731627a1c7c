import type { TableState } from '../../../domain/service/snapshot'
import type { ReservationStatus } from '../../../domain/reservations/status'

/**
 * The JSON of GET /api/restaurants/:slug/service?date= — what `serviceDay` returns and what the
 * service board, day timeline and floor plan read. Instants are ISO strings, as on the wire.
 */
export interface ServiceDayResponse {
  /** currency: what spends entered at checkout are typed in */
  restaurant: { slug: string; name: string; timeZone: string; currency: string }
  /** the local date shown */
  date: string
  now: string
  /** the restaurant's slot interval: the timeline snaps moves to it */
  slotIntervalMinutes: number
  services: ServiceSummaryJson[]
  coversToday: number
  /** every booking of the day, with its end and its tables' ids (the timeline's blocks) */
  bookings: DayBooking[]
  arrivingSoon: DayBooking[]
  late: DayBooking[]
  seated: DayBooking[]
  pendingDeposits: DayBooking[]
  largeParties: DayBooking[]
  flagged: DayBooking[]
  /** the active tables, as rows of the timeline and shapes of the floor plan */
  tables: DayTable[]
  /** table id → what it is doing now (the floor plan) */
  floor: Record<string, TableNow>
}

export interface DayBooking {
  id: number
  reference: string
  status: ReservationStatus
  startsAt: string
  endsAt: string
  partySize: number
  guestName: string
  /** the tables' labels */
  tables: string[]
  tableIds: number[]
  specialRequests?: string | null
  allergies?: string | null
  occasion?: string | null
}

export interface ServiceSummaryJson {
  name: string
  opensAt: string
  closesAt: string
  covers: number
  bookings: number
  occupancyPercent: number
}

/** A table's place on the 100 × 60 plan, as the tables collection stores it. */
export interface TableFloor {
  x?: number | null
  y?: number | null
  width?: number | null
  height?: number | null
  shape?: string | null
  rotation?: number | null
}

export interface DayTable {
  id: number
  label: string
  area?: string | null
  maxCapacity: number
  floor: TableFloor | null
  joinableWith: number[]
}

/** The party at a table or due there, as the floor plan names it. */
export type FloorParty = Pick<DayBooking, 'id' | 'reference' | 'guestName' | 'partySize' | 'startsAt' | 'status'>

export interface TableNow {
  state: TableState
  seated: FloorParty | null
  next: FloorParty | null
}
