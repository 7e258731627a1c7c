import { MediaImage } from '@/components/MediaImage'
import type { GalleryBlock as GalleryBlockProps } from '@/payload-types'

/** Photos in a grid that is one column on a phone and up to three on a wide screen. */
export function GalleryBlock({ heading, images }: GalleryBlockProps) {
  return (
    <section className="gallery" aria-label={heading ?? undefined}>
      {heading ? <h2>{heading}</h2> : null}
      <ul className="gallery__grid">
        {images.map((image) => (
          <li key={image.id}>
            <figure>
              <MediaImage media={image.media} sizes="(min-width: 900px) 300px, (min-width: 500px) 45vw, 92vw" />
              {image.caption ? <figcaption>{image.caption}</figcaption> : null}
            </figure>
          </li>
        ))}
      </ul>
    </section>
  )
}
