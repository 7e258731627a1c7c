import { readFile } from 'node:fs/promises'
import path from 'node:path'

import sharp from 'sharp'
import { describe, expect, it } from 'vitest'

import { APPLE_TOUCH_ICON, APP_ICONS, webManifest } from '@/utilities/webManifest'

const publicFile = (src: string) => path.resolve('public', src.replace(/^\//, ''))

describe('the web app manifest', () => {
  it('starts at / in standalone mode, in the page’s language', () => {
    const manifest = webManifest({ locale: 'en', siteName: 'Le Petit Zinc', description: 'A Paris bistro' })
    expect(manifest).toMatchObject({ name: 'Le Petit Zinc', start_url: '/', scope: '/', display: 'standalone', lang: 'en', description: 'A Paris bistro' })
  })

  it('names icons that exist at the sizes it declares (scripts/make-icons.ts)', async () => {
    for (const icon of [...APP_ICONS, { src: APPLE_TOUCH_ICON, sizes: '180x180' }]) {
      const { width, height, format } = await sharp(await readFile(publicFile(icon.src))).metadata()
      expect(`${format} ${width}x${height}`, icon.src).toBe(`png ${icon.sizes}`)
    }
  })

  it('has maskable icons with no transparent corner, which launchers would fill with black', async () => {
    for (const icon of APP_ICONS.filter((i) => i.purpose === 'maskable')) {
      const { data, info } = await sharp(await readFile(publicFile(icon.src))).raw().toBuffer({ resolveWithObject: true })
      expect(data[info.channels - 1], icon.src).toBe(255)
    }
  })
})
