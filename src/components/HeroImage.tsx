import { readFile } from 'node:fs/promises'
import path from 'node:path'

import { getImageProps } from 'next/image'
import sharp from 'sharp'

import { mediaDir } from '@/collections/Media'
import type { Media } from '@/payload-types'
import { localMediaUrl } from '@/utilities/localMediaUrl'

import { MediaImage } from './MediaImage'

/** Phones up to this width get the photo inside the page; wider screens fetch a sized one. */
const PHONE_MAX_WIDTH = 640
const inlined = new Map<string, string>()

/** A 750-px WebP of the upload as a data URL, encoded once per version of the file. */
async function phoneDataUrl(media: Media): Promise<string | null> {
  const key = `${media.filename}@${media.updatedAt}`
  const cached = inlined.get(key)
  if (cached) return cached
  try {
    const original = await readFile(path.join(mediaDir(), media.filename!))
    const webp = await sharp(original).resize({ width: 750, withoutEnlargement: true }).webp({ quality: 50 }).toBuffer()
    const url = `data:image/webp;base64,${webp.toString('base64')}`
    inlined.set(key, url)
    return url
  } catch {
    return null // not on this node's disk (external storage): served the usual way
  }
}

/**
 * The hero photo of a landing page, its largest paint on a phone. Fetched on its own it costs one
 * more round trip after the HTML (over half a second on slow 4G); sent inside the page (about 7 KB)
 * it is on screen with the first frame. Wider screens get next/image's srcset through <picture>.
 */
export async function HeroImage({ media, className }: { media: number | Media | null | undefined; className: string }) {
  if (!media || typeof media !== 'object' || !media.url || !media.filename) return null
  const phone = await phoneDataUrl(media)
  if (!phone) return <MediaImage media={media} sizes="100vw" className={className} priority quality={60} fill />
  const {
    props: { srcSet, sizes },
  } = getImageProps({ src: localMediaUrl(media.url), alt: '', fill: true, sizes: '100vw', quality: 60 })
  return (
    <picture>
      <source media={`(min-width: ${PHONE_MAX_WIDTH + 1}px)`} srcSet={srcSet} sizes={sizes} />
      {/* A data URL: nothing left for next/image to optimise. */}
      <img src={phone} alt={media.alt ?? ''} className={`${className} hero__image--fill`} decoding="sync" />
    </picture>
  )
}
