/**
 * The installed app's icons, made from public/favicon.svg (the one logo the site has):
 * public/icons/icon-{192,512}.png (as drawn, rounded corners), public/icons/maskable-{192,512}.png
 * (the logo inside the central 80 % safe zone of a full green square, which Android crops to its
 * own shape) and public/apple-touch-icon.png (opaque, iOS rounds it itself).
 * Committed with its outputs: they change only when the logo does, and the build stays free of
 * image work.
 *
 *   npx tsx scripts/make-icons.ts
 */
import { mkdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import sharp from 'sharp'

import { THEME_COLOR } from '../src/utilities/webManifest'

const PUBLIC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../public')

async function main() {
  const svg = await readFile(path.join(PUBLIC, 'favicon.svg'))
  const logo = (size: number) => sharp(svg, { density: Math.ceil((72 * size) / 64) }).resize(size, size).png().toBuffer()
  /** The logo at `scale` of a square filled with the theme colour. */
  const onSquare = async (size: number, scale: number, file: string) => {
    const inner = Math.round(size * scale)
    await sharp({ create: { width: size, height: size, channels: 4, background: THEME_COLOR } })
      .composite([{ input: await logo(inner), gravity: 'center' }])
      .png({ compressionLevel: 9 })
      .toFile(file)
  }
  await mkdir(path.join(PUBLIC, 'icons'), { recursive: true })
  for (const size of [192, 512]) {
    await sharp(await logo(size)).png({ compressionLevel: 9 }).toFile(path.join(PUBLIC, 'icons', `icon-${size}.png`))
    await onSquare(size, 0.8, path.join(PUBLIC, 'icons', `maskable-${size}.png`))
  }
  await onSquare(180, 1, path.join(PUBLIC, 'apple-touch-icon.png'))
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
