import type { Endpoint } from 'payload'
import { z } from 'zod'

import { daysBetween } from '../../../domain/availability/localTime'
import { refusalOfIssue } from '../../../domain/errors'
import { localDateSchema } from '../../../domain/schemas/booking'
import { reportCsv } from '../reports/csv'
import { reportPdf } from '../reports/pdf'
import { reportXlsx } from '../reports/xlsx'
import { GRANULARITIES, restaurantReport, type Report } from '../services/reports'
import { BookingError, endpoint } from '../../../infrastructure/http/respond'
import type { ApiOperation } from '../../../infrastructure/openapi/operation'

const FORMATS = {
  csv: { type: 'text/csv; charset=utf-8', render: reportCsv },
  xlsx: { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', render: reportXlsx },
  pdf: { type: 'application/pdf', render: reportPdf },
} satisfies Record<string, { type: string; render: (report: Report) => Buffer | Promise<Buffer> }>


const reportQuerySchema = z
  .object({
    from: localDateSchema,
    to: localDateSchema,
    granularity: z.enum(GRANULARITIES).default('day'),
    format: z.enum(['csv', 'xlsx', 'pdf']).default('csv'),
  })
  .refine((q) => q.from <= q.to, { message: 'range_reversed', path: ['from'] })
  .refine((q) => daysBetween(q.from, q.to) + 1 <= 366, { params: { days: 366 }, message: 'range_too_long', path: ['to'] })

/**
 * GET /api/restaurants/:slug/reports?granularity=day|week|month&from=&to=&format=csv|xlsx|pdf —
 * bookings, covers, no-shows, cancellations and deposits per local day, week or month, as a file
 * (managers and owners of that restaurant). A query that does not parse is a 400 naming the field:
 * nothing here is a booking a caller could fix field by field, so no 422.
 */
export const reportsEndpoint: Endpoint = {
  custom: {
    openapi: {
      tag: 'Staff',
      summary: 'Bookings, covers, no-shows and deposits per day, week or month, as a file',
      description: 'Managers and owners of that restaurant; at most 366 days. A query that does not parse is a 400 naming the field.',
      auth: ['staff'],
      params: { slug: { description: "The restaurant's slug." } },
      query: reportQuerySchema,
      responses: { 200: { description: 'The report as CSV, XLSX or PDF (`format`).', contentType: 'application/octet-stream' } },
      errors: { 400: ['invalid_date', 'range_reversed', 'range_too_long', 'not_an_option', 'required'], 401: ['unauthorized'], 404: ['restaurant_not_found'] },
    } satisfies ApiOperation,
  },
  path: '/:slug/reports',
  method: 'get',
  handler: endpoint(async (req) => {
    if (!req.user) throw new BookingError(401, 'unauthorized')
    const parsed = reportQuerySchema.safeParse(Object.fromEntries(req.searchParams))
    if (!parsed.success) {
      const { code, field, params } = refusalOfIssue(parsed.error.issues[0]!)
      throw new BookingError(400, code, field, params)
    }
    const { from, to, granularity, format } = parsed.data
    const report = await restaurantReport(req, req.routeParams?.slug, granularity, from, to)
    const body = await FORMATS[format].render(report)
    return new Response(new Uint8Array(body), {
      headers: {
        'Content-Type': FORMATS[format].type,
        'Content-Disposition': `attachment; filename="${report.restaurant.slug}-report-${granularity}-${from}-${to}.${format}"`,
        'Cache-Control': 'no-store',
      },
    })
  }),
}
