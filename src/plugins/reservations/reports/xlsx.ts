import ExcelJS from 'exceljs'

import { currencyExponent } from '../../../domain/money'
import { REPORT_COLUMNS, reportTotals, type Report } from '../services/reports'

const MONEY_KEYS = new Set<string>(REPORT_COLUMNS.filter((c) => c.money).map((c) => c.key))

/** One sheet: a heading line, one row per period as real numbers (sums work), then the totals. */
export async function reportXlsx(report: Report): Promise<Buffer> {
  const currency = report.restaurant.currency ?? 'EUR'
  const exponent = currencyExponent(currency)
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'TechPlus'
  const sheet = workbook.addWorksheet('Report', { views: [{ state: 'frozen', ySplit: 1 }] })
  sheet.columns = REPORT_COLUMNS.map((c) => ({
    header: c.heading,
    key: c.key,
    width: c.key === 'period' ? 12 : Math.max(11, c.heading.length + 2),
    style: c.money ? { numFmt: `#,##0${exponent ? `.${'0'.repeat(exponent)}` : ''} "${currency}"` } : {},
  }))
  sheet.getRow(1).font = { bold: true }
  // Amounts are kept in minor units; a sheet holds them as real numbers in the currency (sums work).
  const major = <T extends object>(row: T) =>
    Object.fromEntries(Object.entries(row).map(([key, value]) => [key, MONEY_KEYS.has(key) && typeof value === 'number' ? value / 10 ** exponent : value]))
  for (const row of report.rows) sheet.addRow(major(row))
  const total = sheet.addRow(major({ period: 'Total', ...reportTotals(report.rows) }))
  total.font = { bold: true }
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
