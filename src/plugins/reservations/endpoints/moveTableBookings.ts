import type { Endpoint } from 'payload'
import { z } from 'zod'

import { bookingsInTheWay, type TableChange } from '../../../domain/reservations/tableChange'
import { relationId, worksFor } from '../../../infrastructure/access/roles'
import { inTransaction } from '../../../infrastructure/db/transaction'
import { BookingError, endpoint, jsonBody } from '../../../infrastructure/http/respond'
import type { Table } from '../../../payload-types'
import { bookingsHoldingTable, bookingSummary, moveBookingsOffTable, tableNow } from '../services/tableBookings'
import type { ApiOperation } from '../../../infrastructure/openapi/operation'
import { INPUT_CODES } from './answers'

/**
 * The change the caller means to make (the same fields as the table's form); nothing at all means
 * "clear the table" (deleting or deactivating: every upcoming booking moves).
 */
const moveSchema = z
  .object({
    delete: z.boolean().optional(),
    active: z.boolean().optional(),
    bookableOnline: z.boolean().optional(),
    maxCapacity: z.number().int().min(1).max(50).optional(),
    /** Only say which bookings are in the way (the admin's form asks as it is edited). */
    dryRun: z.boolean().optional(),
  })
  .strict()

function changeOf(input: z.infer<typeof moveSchema>): TableChange {
  const { dryRun: _, delete: remove, ...fields } = input
  if (remove || Object.keys(fields).length === 0) return { delete: true }
  return fields
}

const noStore = { headers: { 'Cache-Control': 'no-store' } }

/**
 * POST /api/tables/:id/move-bookings {active?, bookableOnline?, maxCapacity?, delete?, dryRun?} —
 * moves every upcoming booking the change would leave stranded to another table at the same time,
 * in one transaction, and says what moved where and what could not move (with its code). Then the
 * change itself goes through. Managers and up of the table's restaurant; a host gets 403, anyone
 * else 404.
 */
export const moveTableBookingsEndpoint: Endpoint = {
  custom: {
    openapi: {
      tag: 'Staff',
      summary: "Move a table's upcoming bookings to other tables",
      description: 'Before deleting, deactivating, taking offline or shrinking a table: each booking the change would strand moves to another seating at its own time, in one transaction; `dryRun` only lists them. Managers and up of the table\'s restaurant.',
      auth: ['staff'],
      params: { id: { description: 'The table.', schema: z.number().int() } },
      body: moveSchema,
      bodyExample: { active: false },
      responses: {
        200: {
          description: 'What moved where and what could not move (with its code); with `dryRun`, the bookings in the way.',
          schema: z.union([z.object({ moved: z.array(z.looseObject({})), notMoved: z.array(z.looseObject({})) }), z.object({ bookings: z.array(z.looseObject({})) })]),
          example: { moved: [{ id: 101, reference: 'K7Q4MX', ok: true, tables: ['T4'] }], notMoved: [] },
        },
      },
      errors: { 400: ['invalid_json'], 401: ['unauthorized'], 403: ['forbidden'], 404: ['not_found'], 422: [...INPUT_CODES] },
    } satisfies ApiOperation,
  },
  path: '/:id/move-bookings',
  method: 'post',
  handler: endpoint(async (req) => {
    if (!req.user) throw new BookingError(401, 'unauthorized')
    const id = Number(req.routeParams?.id)
    if (!Number.isInteger(id) || id <= 0) throw new BookingError(404, 'not_found')
    const input = moveSchema.parse((await jsonBody(req)) ?? {})
    const table = (await req.payload.findByID({ collection: 'tables', id, depth: 0, req }).catch(() => null)) as Table | null
    if (!table || !worksFor(req.user, relationId(table.restaurant))) throw new BookingError(404, 'not_found')
    if (!worksFor(req.user, relationId(table.restaurant), 'manager')) throw new BookingError(403, 'forbidden')
    const change = changeOf(input)

    if (input.dryRun) {
      const now = new Date()
      const inTheWay = bookingsInTheWay(tableNow(table), change, await bookingsHoldingTable(req, id, now), now)
      return Response.json({ bookings: inTheWay.map(bookingSummary) }, noStore)
    }
    const outcomes = await inTransaction(req, () => moveBookingsOffTable(req, table, change))
    return Response.json(
      {
        moved: outcomes.filter((o) => o.ok),
        notMoved: outcomes.filter((o) => !o.ok),
      },
      noStore,
    )
  }),
}
