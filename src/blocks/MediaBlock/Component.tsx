import { MediaImage } from '@/components/MediaImage'
import type { MediaBlock as MediaBlockProps } from '@/payload-types'

export function MediaBlock({ media, caption }: MediaBlockProps) {
  return (
    <figure>
      <MediaImage media={media} sizes="(min-width: 900px) 700px, 100vw" />
      {caption ? <figcaption>{caption}</figcaption> : null}
    </figure>
  )
}
