import PDFDocument from 'pdfkit'

import { minorToDecimalString } from '../../../domain/money'
import { REPORT_COLUMNS, reportTotals, type Report, type ReportRow } from '../services/reports'

const WIDTHS = [62, 58, 58, 50, 44, 50, 66, 62, 62]
const ROW = 16

/** An A4 page (several for a year by day): title, the table with its heading repeated on each page, totals. */
export function reportPdf(report: Report): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 36, info: { Title: `${report.restaurant.name} — report`, Author: 'TechPlus' } })
  const chunks: Buffer[] = []
  doc.on('data', (chunk: Buffer) => chunks.push(chunk))
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
  })

  const money = (minor: number) => minorToDecimalString(minor, report.restaurant.currency ?? 'EUR')
  const cells = (row: Partial<ReportRow>) =>
    REPORT_COLUMNS.map((c) => {
      const value = row[c.key]
      if (value === undefined) return ''
      return c.money ? money(Number(value)) : String(value)
    })
  const line = (values: string[], bold = false) => {
    if (doc.y + ROW > doc.page.height - doc.page.margins.bottom) {
      doc.addPage()
      heading()
    }
    const y = doc.y
    let x = doc.page.margins.left
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(8.5)
    values.forEach((value, i) => {
      // Numbers right-aligned, in their column; the text of a cell never wraps onto the next line.
      doc.text(value, x, y, { width: WIDTHS[i]! - 4, align: i < 3 ? 'left' : 'right', lineBreak: false })
      x += WIDTHS[i]!
    })
    doc.y = y + ROW
  }
  const heading = () => line(REPORT_COLUMNS.map((c) => c.heading), true)

  doc.font('Helvetica-Bold').fontSize(15).text(report.restaurant.name)
  doc.font('Helvetica').fontSize(10).text(`Report by ${report.granularity}, ${report.from} to ${report.to} (${report.restaurant.timeZone}). Amounts in ${report.restaurant.currency}.`)
  doc.moveDown(1)
  heading()
  for (const row of report.rows) line(cells(row))
  line(cells({ period: 'Total', ...reportTotals(report.rows) }), true)
  doc.end()
  return done
}
