/** Minimal Lexical editor state, so seeded pages are real rich text editors can open and edit. */
type Node = Record<string, unknown>

const text = (value: string): Node => ({
  type: 'text',
  text: value,
  detail: 0,
  format: 0,
  mode: 'normal',
  style: '',
  version: 1,
})

const element = (type: string, children: Node[], extra: Node = {}): Node => ({
  type,
  children,
  direction: 'ltr',
  format: '',
  indent: 0,
  version: 1,
  ...extra,
})

export function richText(blocks: Array<{ heading?: string; paragraphs: string[] }>) {
  const children: Node[] = []
  for (const block of blocks) {
    if (block.heading) children.push(element('heading', [text(block.heading)], { tag: 'h2' }))
    for (const paragraph of block.paragraphs) children.push(element('paragraph', [text(paragraph)], { textFormat: 0, textStyle: '' }))
  }
  return { root: element('root', children) }
}
