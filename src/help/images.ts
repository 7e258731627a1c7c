import { readFile } from 'node:fs/promises'
import path from 'node:path'

import { guideDir, type GuideLanguage } from './guide'

const TYPES: Record<string, string> = { '.webp': 'image/webp', '.png': 'image/png' }

/**
 * A page's screenshots as data: URLs, read when the page is rendered for a signed-in member of staff:
 * the images show the admin and the demo's bookings, so they get no public address (nothing under
 * /public, no endpoint); the admin's CSP allows data: images. A page holds a few small WebP files.
 */
export async function inlineImages(language: GuideLanguage, markdown: string): Promise<Map<string, string>> {
  const paths = [...markdown.matchAll(/!\[[^\]]*\]\((images\/[a-z0-9-]+\.(?:webp|png))\)/g)].map((match) => match[1] as string)
  const entries = await Promise.all(
    [...new Set(paths)].map(async (relative) => {
      try {
        const bytes = await readFile(path.join(guideDir(language), relative))
        return [relative, `data:${TYPES[path.extname(relative)]};base64,${bytes.toString('base64')}`] as const
      } catch {
        // A missing screenshot shows its alt text; the guide's unit test fails on it long before.
        return undefined
      }
    }),
  )
  return new Map(entries.filter((entry) => entry !== undefined))
}
