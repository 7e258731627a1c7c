import { RichText } from '@payloadcms/richtext-lexical/react'

import type { ContentBlock as ContentBlockProps } from '@/payload-types'

export function ContentBlock({ richText }: ContentBlockProps) {
  return <RichText className="prose" data={richText} />
}
