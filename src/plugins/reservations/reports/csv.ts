import { stringify } from 'csv-stringify/sync'

import { minorToDecimalString } from '../../../domain/money'
import { REPORT_COLUMNS, type Report } from '../services/reports'

/** UTF-8 with BOM, so spreadsheets read accents; one line per period, numbers as plain digits. */
export function reportCsv(report: Report): Buffer {
  // Amounts are kept in minor units; the file says 12.50, as a spreadsheet reader expects.
  const currency = report.restaurant.currency ?? 'EUR'
  const rows = report.rows.map((r) => ({ ...r, depositsCollected: minorToDecimalString(r.depositsCollected, currency), depositsRefunded: minorToDecimalString(r.depositsRefunded, currency) }))
  const csv = stringify(rows, {
    header: true,
    bom: true,
    columns: REPORT_COLUMNS.map((c) => ({ key: c.key, header: c.heading })),
    cast: { number: (n) => String(n) },
  })
  return Buffer.from(csv, 'utf8')
}
