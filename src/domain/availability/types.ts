/** Plain data the engine works on; adapters map Payload documents to these. */
export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun'

export type Id = number | string

export interface ServiceHours {
  name: string
  /** wall-clock "HH:mm" in the restaurant's time zone; end or last seating before start = after midnight */
  start: string
  end: string
  lastSeating: string
}

export interface WeeklyService extends ServiceHours {
  days: Weekday[]
}

export interface Exception {
  /** local date "YYYY-MM-DD" */
  from: string
  /** last local date, inclusive; empty = the same day */
  to?: string | null
  closed: boolean
  /** the services of those days when not closed */
  hours?: ServiceHours[] | null
}

export interface TurnTime {
  upToPartySize: number
  minutes: number
}

export interface BookingRules {
  slotIntervalMinutes: number
  minNoticeMinutes: number
  maxAdvanceDays: number
  maxPartyOnline: number
  bufferMinutes: number
  maxCoversPerSlot?: number | null
  maxBookingsPerSlot?: number | null
  turnTimes: TurnTime[]
}

/** Treated as immutable: the engine memoises per rules object (a new restaurant version = a new object). */
export interface RestaurantRules {
  timeZone: string
  services: WeeklyService[]
  exceptions: Exception[]
  bookingRules: BookingRules
}

/** Table lists are treated as immutable too (the engine memoises seating options per list). */
export interface Table {
  id: Id
  label: string
  minCapacity: number
  maxCapacity: number
  joinableWith: Id[]
  bookableOnline: boolean
  active: boolean
}

/** A booking that holds tables: confirmed, seated or an unexpired hold. */
export interface ExistingBooking {
  id?: Id
  startsAt: Date
  /** when the guests leave; the table stays blocked for the buffer after that */
  endsAt: Date
  partySize: number
  tableIds: Id[]
}

/** One service of one local date, as instants. */
export interface ServiceWindow {
  name: string
  localDate: string
  opensAt: Date
  closesAt: Date
  lastSeatingAt: Date
}

export type UnavailableReason = 'closed' | 'too_soon' | 'too_far' | 'pacing' | 'no_table'

export interface Slot {
  /** wall-clock "HH:mm" in the restaurant's time zone */
  time: string
  startsAt: Date
  service: string
  available: boolean
  reason?: Exclude<UnavailableReason, 'closed'>
  /** the tables the engine would give this party (when available) */
  tableIds?: Id[]
}
