import type { DepositPolicy } from '@/domain/policies/deposit'

/** What the server tells the booking components about the restaurant (plain, serialisable). */
export interface RestaurantForBooking {
  slug: string
  name: string
  timeZone: string
  phone: string | null
  currency: string
  maxPartyOnline: number
  maxAdvanceDays: number
  deposit: DepositPolicy
  policyText: string | null
  address: string | null
}

export interface DaySummary {
  date: string
  available: boolean
  slots: number
  reason?: string
}

export interface ApiSlot {
  time: string
  startsAt: string
  service: string
  available: boolean
  reason?: string
}

export type ApiErrors = { errors?: Array<{ message: string; field?: string; code?: string; params?: Record<string, string | number> }> }
