import ExcelJS from 'exceljs'

import { REPORT_COLUMNS, reportTotals, type Report } from '../services/reports'

/** One sheet: a heading line, one row per period as real numbers (sums work), then the totals. */
export async function reportXlsx(report: Report): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'TechPlus'
  const sheet = workbook.addWorksheet('Report', { views: [{ state: 'frozen', ySplit: 1 }] })
  sheet.columns = REPORT_COLUMNS.map((c) => ({
    header: c.heading,
    key: c.key,
    width: c.key === 'period' ? 12 : Math.max(11, c.heading.length + 2),
    style: c.money ? { numFmt: `#,##0.00 "${report.restaurant.currency}"` } : {},
  }))
  sheet.getRow(1).font = { bold: true }
  for (const row of report.rows) sheet.addRow(row)
  const total = sheet.addRow({ period: 'Total', ...reportTotals(report.rows) })
  total.font = { bold: true }
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
