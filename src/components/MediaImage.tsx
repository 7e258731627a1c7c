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
  // Next 16's `priority` no longer raises the fetch priority: an above-the-fold image asks for it
  // itself, or the browser queues it behind the scripts. Decoding it with the first paint keeps it
  // from waiting a frame behind hydration, which is what made it the page's slowest paint.
  const loading = priority
    ? { preload: true, fetchPriority: 'high' as const, loading: 'eager' as const, decoding: 'sync' as const }
    : {}
  const common = { src, sizes, className, quality, ...loading }
  if (fill) return <Image {...common} alt={alt} fill />
  return <Image {...common} alt={alt} width={media.width ?? 1200} height={media.height ?? 800} />
}
