import { slotsOn, type AvailabilityInput } from './slots'
import { tableOptions } from './tableFit'
import { expectedEnd, occupancy } from './turnTime'
import type { Id, Slot } from './types'

/** Why staff cannot take a time: in staff mode "too soon" only ever means the time has gone. */
export type StaffRefusal = 'time_passed' | 'no_table' | 'pacing' | 'too_far'

export interface StaffSlot extends Omit<Slot, 'reason'> {
  reason?: StaffRefusal
  /** Every way to seat the party at that time on free tables, best first (the first is the engine's pick). */
  fitting: Id[][]
  /** Every active table free for the party's stay, whatever its size: what a manager may force onto. */
  free: Id[]
}

/** A phone booking offers a choice, not an inventory: past this many seatings the host books an event. */
const MAX_FITTING = 20

/**
 * The host's view of a day: every slot in staff mode (no notice, window, pacing or online-only
 * tables), with the table the engine would give, the other tables that would seat the party then,
 * and the free tables a manager could force a refused time onto. The same judgement as `slotsOn`;
 * only the alternatives are added.
 */
export function staffSlotsOn(localDate: string, input: Omit<AvailabilityInput, 'staff'>): StaffSlot[] {
  const staffInput = { ...input, staff: true }
  const options = tableOptions(input.partySize, input.tables)
  const active = input.tables.filter((t) => t.active)
  const buffer = input.rules.bookingRules.bufferMinutes
  const periods = input.bookings.map((b) => ({ ...occupancy(b.startsAt, b.endsAt, buffer), tableIds: b.tableIds.map(String) }))

  return slotsOn(localDate, staffInput).map(({ reason, ...slot }) => {
    const mine = occupancy(slot.startsAt, expectedEnd(slot.startsAt, input.partySize, input.rules.bookingRules), buffer)
    const busy = new Set<string>()
    for (const p of periods) if (p.from < mine.to && mine.from < p.to) for (const id of p.tableIds) busy.add(id)
    const fitting = options.filter((o) => o.tableIds.every((id) => !busy.has(String(id)))).slice(0, MAX_FITTING).map((o) => o.tableIds)
    const free = active.filter((t) => !busy.has(String(t.id))).map((t) => t.id)
    return { ...slot, ...(reason ? { reason: reason === 'too_soon' ? 'time_passed' : reason } : {}), fitting, free }
  })
}
