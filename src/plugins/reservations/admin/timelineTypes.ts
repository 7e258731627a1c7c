/** What the day timeline draws and what a move asks for, shared by the timeline and its forms. */
export type Booking = { id: number; reference: string; status: string; startsAt: string; endsAt: string; partySize: number; guestName: string; tableIds: number[] }
export type TableRow = { id: number; label: string; maxCapacity: number }
export type MoveRequest = { booking: Booking; tableId: number; start: string; end?: string }
