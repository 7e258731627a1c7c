import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'

import { simpleParser } from 'mailparser'

/** Where the e2e app (no SMTP) writes its mail as .eml files, one folder per app port. */
export function e2eMailDir(port = Number(process.env.E2E_PORT ?? 3100)): string {
  return path.resolve(`.data/e2e-mail-${port}`)
}

/**
 * The first link matching `pattern` in the newest email to `address` (whose subject matches `subject`,
 * when given), waiting for it to be written.
 */
export async function linkInMailbox(address: string, pattern: RegExp, timeoutMs = 15_000, subject?: RegExp): Promise<string> {
  const dir = e2eMailDir()
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const files = (await readdir(dir).catch(() => [] as string[])).filter((f) => f.endsWith('.eml')).sort().reverse()
    for (const file of files) {
      const mail = await simpleParser(await readFile(path.join(dir, file)))
      const to = Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : []
      if (!to.some((group) => group.value.some((a) => a.address?.toLowerCase() === address.toLowerCase()))) continue
      if (subject && !subject.test(mail.subject ?? '')) continue
      const link = [...String(mail.html).matchAll(/href="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&')).find((href) => pattern.test(href))
      if (link) return link
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`No email to ${address} with a link like ${pattern} in ${dir}`)
}
