import { createRequire } from 'node:module'
import path from 'node:path'

import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'

// The metrics of the 14 standard PDF fonts (our reports use Helvetica), shipped with pdfjs-dist.
const standardFontDataUrl = path.join(path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'standard_fonts') + path.sep

/** The text of a PDF as lines (items on the same baseline, left to right), page after page. */
export async function pdfLines(bytes: Uint8Array): Promise<string[][]> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), standardFontDataUrl, useSystemFonts: false, isEvalSupported: false }).promise
  const lines: string[][] = []
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n)
    const content = await page.getTextContent()
    const byBaseline = new Map<number, Array<{ x: number; text: string }>>()
    for (const item of content.items) {
      if (!('str' in item) || !item.str.trim()) continue
      const y = Math.round(item.transform[5] as number)
      byBaseline.set(y, [...(byBaseline.get(y) ?? []), { x: item.transform[4] as number, text: item.str.trim() }])
    }
    // PDF y grows upwards: the top line has the largest y.
    for (const [, items] of [...byBaseline].sort((a, b) => b[0] - a[0])) lines.push(items.sort((a, b) => a.x - b.x).map((i) => i.text))
  }
  await pdf.destroy()
  return lines
}
