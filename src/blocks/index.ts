import { CallToActionBlock } from './CallToAction/config'
import { ContentBlock } from './Content/config'
import { GalleryBlock } from './Gallery/config'
import { MediaBlock } from './MediaBlock/config'
import { MenuPreviewBlock } from './MenuPreview/config'

export const pageBlocks = [ContentBlock, MediaBlock, CallToActionBlock, MenuPreviewBlock, GalleryBlock]
