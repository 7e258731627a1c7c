import Image from 'next/image'

import type { Media } from '@/payload-types'
import { localMediaUrl } from '@/utilities/localMediaUrl'

type Props = {
  media: number | Media | null | undefined
  sizes: string
  className?: string
  priority?: boolean
  fill?: boolean
  quality?: number
}

/** A CMS image through next/image (sharp, AVIF/WebP), with its localized alternative text. */
export function MediaImage({ media, sizes, className, priority, fill, quality }: Props) {
  if (!media || typeof media !== 'object' || !media.url) return null
  const src = localMediaUrl(media.url)
  const alt = media.alt ?? ''
  const common = { src, sizes, className, priority, quality }
  if (fill) return <Image {...common} alt={alt} fill />
  return <Image {...common} alt={alt} width={media.width ?? 1200} height={media.height ?? 800} />
}
