import { stringify } from 'csv-stringify/sync'
import type { Endpoint } from 'payload'
import { z } from 'zod'

import { isStaff, worksFor } from '../../../infrastructure/access/roles'
import { addLocalDays, daysBetween, startOfLocalDay } from '../../../domain/availability'
import { minorToDecimalString } from '../../../domain/money'
import { localDateSchema } from '../../../domain/schemas/booking'
import { clientIp } from '../../../infrastructure/http/clientIp'
import { execute, sql } from '../../../infrastructure/db/execute'
import { restaurantBySlug } from '../services/restaurants'
import { BookingError, endpoint } from '../../../infrastructure/http/respond'
import type { ApiOperation } from '../../../infrastructure/openapi/operation'
import { INPUT_CODES } from './answers'

const exportQuerySchema = z
  .object({ restaurant: z.string().min(1, 'required'), from: localDateSchema, to: localDateSchema })
  .refine((q) => q.from <= q.to, { message: 'range_reversed', path: ['from'] })
  .refine((q) => daysBetween(q.from, q.to) <= 366, { params: { days: 366 }, message: 'range_too_long', path: ['to'] })

const COLUMNS = ['reference', 'date', 'time', 'party_size', 'status', 'source', 'guest_name', 'guest_email', 'guest_phone', 'tables', 'occasion', 'special_requests', 'deposit_amount', 'deposit_status', 'deposit_refunded', 'created_at']

/**
 * GET /api/reservations/export?restaurant=slug&from=YYYY-MM-DD&to=YYYY-MM-DD — the bookings of a
 * period as CSV (UTF-8 with BOM, so spreadsheets read accents), local dates and times, for staff
 * of that restaurant. One SQL query, no row loaded into Payload.
 */
export const exportEndpoint: Endpoint = {
  custom: {
    openapi: {
      tag: 'Staff',
      summary: "A period's bookings as CSV",
      description: 'UTF-8 with a BOM, local dates and times, guests\' contact details (the export is audited). Staff of that restaurant; at most 366 days.',
      auth: ['staff'],
      query: exportQuerySchema,
      responses: { 200: { description: 'The CSV file.', contentType: 'text/csv', example: 'reference,date,time,party_size,status,…' } },
      errors: { 401: ['unauthorized'], 404: ['restaurant_not_found'], 422: ['invalid_date', 'range_reversed', 'range_too_long', ...INPUT_CODES] },
    } satisfies ApiOperation,
  },
  path: '/export',
  method: 'get',
  handler: endpoint(async (req) => {
    if (!req.user) throw new BookingError(401, 'unauthorized')
    const query = exportQuerySchema.parse(Object.fromEntries(req.searchParams))
    const restaurant = await restaurantBySlug(req, query.restaurant)
    if (!worksFor(req.user, restaurant.id, 'host')) throw new BookingError(404, 'restaurant_not_found')
    const tz = restaurant.timeZone
    const from = startOfLocalDay(query.from, tz)
    const to = startOfLocalDay(addLocalDays(query.to, 1), tz)
    const rows = await execute(
      req,
      sql`SELECT r.reference,
                 to_char(r.starts_at AT TIME ZONE ${tz}, 'YYYY-MM-DD') AS date,
                 to_char(r.starts_at AT TIME ZONE ${tz}, 'HH24:MI') AS time,
                 r.party_size::int AS party_size, r.status, r.source, r.guest_name, r.guest_email, r.guest_phone,
                 coalesce((SELECT string_agg(t.label, '+' ORDER BY t.label) FROM reservations_rels rr JOIN tables t ON t.id = rr.tables_id
                           WHERE rr.parent_id = r.id AND rr.path = 'tables'), '') AS tables,
                 r.occasion, r.special_requests,
                 CASE WHEN r.deposit_required THEN r.deposit_amount_minor END AS deposit_amount, r.deposit_status,
                 r.deposit_refunded_minor AS deposit_refunded, coalesce(r.deposit_currency, ${restaurant.currency ?? 'EUR'}) AS currency,
                 to_char(r.created_at AT TIME ZONE ${tz}, 'YYYY-MM-DD"T"HH24:MI') AS created_at
          FROM reservations r
          WHERE r.restaurant_id = ${restaurant.id} AND r.starts_at >= ${from.toISOString()}::timestamptz AND r.starts_at < ${to.toISOString()}::timestamptz
          ORDER BY r.starts_at, r.reference`,
    )
    // Stored in minor units; a spreadsheet reader expects 12.50, in the currency's own decimals.
    const decimal = (minor: unknown, currency: string) => (minor === null || minor === undefined ? null : minorToDecimalString(Number(minor), currency))
    const lines = rows.map((r) => ({ ...r, deposit_amount: decimal(r.deposit_amount, String(r.currency)), deposit_refunded: decimal(r.deposit_refunded, String(r.currency)) }))
    const csv = stringify(lines, { header: true, columns: COLUMNS, bom: true, cast: { number: (n) => String(n) } })
    // Guests' names, emails and phones leave the system: who took them, and which.
    await req.payload.create({
      collection: 'audit-log',
      data: {
        action: 'export',
        entity: 'reservations',
        actor: isStaff(req.user) ? req.user.id : undefined,
        restaurant: restaurant.id,
        summary: `Exported ${rows.length} bookings with guest details, ${query.from} to ${query.to}`,
        ip: req.headers ? clientIp(req.headers) : undefined,
      },
      req,
    })
    return new Response(csv, {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${restaurant.slug}-bookings-${query.from}-${query.to}.csv"`,
        'Cache-Control': 'no-store',
      },
    })
  }),
}
