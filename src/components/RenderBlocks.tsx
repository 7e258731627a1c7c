import { CallToActionBlock } from '@/blocks/CallToAction/Component'
import { ContentBlock } from '@/blocks/Content/Component'
import { GalleryBlock } from '@/blocks/Gallery/Component'
import { MediaBlock } from '@/blocks/MediaBlock/Component'
import { MenuPreviewBlock } from '@/blocks/MenuPreview/Component'
import type { Locale } from '@/i18n/config'
import type { Page } from '@/payload-types'
import type { LinkContext } from '@/utilities/content'

/**
 * A page's blocks. `links` says whose page it is: site-relative links and the menu preview are that
 * restaurant's (`restaurantId`), else the site's own restaurant's.
 */
export function RenderBlocks({ blocks, locale, links, restaurantId }: { blocks: NonNullable<Page['layout']>; locale: Locale; links: LinkContext; restaurantId: number | null }) {
  return (
    <div className="blocks">
      {blocks.map((block) => {
        switch (block.blockType) {
          case 'content':
            return <ContentBlock key={block.id} {...block} />
          case 'mediaBlock':
            return <MediaBlock key={block.id} {...block} />
          case 'cta':
            return <CallToActionBlock key={block.id} {...block} links={links} />
          case 'gallery':
            return <GalleryBlock key={block.id} {...block} />
          case 'menuPreview':
            return <MenuPreviewBlock key={block.id} {...block} locale={locale} restaurantId={restaurantId} />
          default:
            return null
        }
      })}
    </div>
  )
}
