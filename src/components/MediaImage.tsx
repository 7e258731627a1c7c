import Image from 'next/image'

import type { Media } from '@/payload-types'

type Props = {
  media: number | Media | null | undefined
  sizes: string
  className?: string
  priority?: boolean
  fill?: boolean
}

/** A CMS image through next/image (sharp, AVIF/WebP), with its localized alternative text. */
export function MediaImage({ media, sizes, className, priority, fill }: Props) {
  if (!media || typeof media !== 'object' || !media.url) return null
  const common = { src: media.url, alt: media.alt ?? '', sizes, className, priority }
  if (fill) return <Image {...common} fill />
  return <Image {...common} width={media.width ?? 1200} height={media.height ?? 800} />
}
