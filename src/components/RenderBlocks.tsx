import { CallToActionBlock } from '@/blocks/CallToAction/Component'
import { ContentBlock } from '@/blocks/Content/Component'
import { GalleryBlock } from '@/blocks/Gallery/Component'
import { MediaBlock } from '@/blocks/MediaBlock/Component'
import { MenuPreviewBlock } from '@/blocks/MenuPreview/Component'
import type { Locale } from '@/i18n/config'
import type { Page } from '@/payload-types'

export function RenderBlocks({ blocks, locale }: { blocks: NonNullable<Page['layout']>; locale: Locale }) {
  return (
    <div className="blocks">
      {blocks.map((block) => {
        switch (block.blockType) {
          case 'content':
            return <ContentBlock key={block.id} {...block} />
          case 'mediaBlock':
            return <MediaBlock key={block.id} {...block} />
          case 'cta':
            return <CallToActionBlock key={block.id} {...block} locale={locale} />
          case 'gallery':
            return <GalleryBlock key={block.id} {...block} />
          case 'menuPreview':
            return <MenuPreviewBlock key={block.id} {...block} locale={locale} />
          default:
            return null
        }
      })}
    </div>
  )
}
