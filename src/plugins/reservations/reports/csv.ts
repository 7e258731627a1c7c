import { stringify } from 'csv-stringify/sync'

import { REPORT_COLUMNS, type Report } from '../services/reports'

/** UTF-8 with BOM, so spreadsheets read accents; one line per period, numbers as plain digits. */
export function reportCsv(report: Report): Buffer {
  const csv = stringify(report.rows, {
    header: true,
    bom: true,
    columns: REPORT_COLUMNS.map((c) => ({ key: c.key, header: c.heading })),
    cast: { number: (n) => String(n) },
  })
  return Buffer.from(csv, 'utf8')
}
