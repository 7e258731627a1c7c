import type { CollectionBeforeChangeHook, CollectionBeforeDeleteHook } from 'payload'

import { tableChangeOf } from '../../../../../domain/reservations/tableChange'
import { assertTableChangeKeepsBookings, tableNow } from '../../../services/tableBookings'

/**
 * A table cannot be deactivated, taken off the site, or shrunk under the bookings that hold it
 * (the rule: `bookingsInTheWay` in src/domain). REST, GraphQL, the admin and the Local API all
 * pass here. The seed, which replaces everything, is let through.
 */
export const keepBookingsOnChange: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req, context }) => {
  if (operation !== 'update' || !originalDoc || context.seeding) return data
  const before = tableNow(originalDoc)
  const change = tableChangeOf(before, { ...before, ...(data as object) })
  if (Object.keys(change).length) await assertTableChangeKeepsBookings(req, before, change)
  return data
}

/** Deleting: refused with upcoming bookings, and with past ones too (their record names the table). */
export const keepBookingsOnDelete: CollectionBeforeDeleteHook = async ({ id, req, context }) => {
  if (context.seeding) return
  const table = await req.payload.findByID({ collection: 'tables', id, depth: 0, req }).catch(() => null)
  if (table) await assertTableChangeKeepsBookings(req, tableNow(table), { delete: true })
}
