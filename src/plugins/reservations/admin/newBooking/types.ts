import type { GuestMatch, StaffAvailability } from '../../services/staffBooking'

/** The answers of the drawer's endpoints, typed by the server's own functions. */
export type { GuestMatch, StaffAvailability }
export type StaffSlot = StaffAvailability['slots'][number]
export type DrawerTable = StaffAvailability['tables'][number]

/** What the drawer opens on: a day, and from a timeline cell a table and a time. */
export type BookingPrefill = { date?: string; time?: string; tableId?: number }

/** A guest typed in the drawer, not found in the book. */
export type NewGuest = { name: string; phone: string; email: string; locale: 'fr' | 'en' }

/** Targets a finger can hit on a tablet (WCAG 2.5.5). */
export const TOUCH = { minHeight: 44, minWidth: 44 } as const
