// A restaurant's booking wizard in a group: the same page as /{locale}/book, for the restaurant the slug names.
export { default, generateMetadata } from '../../book/page'

/** As that page: rendered for each visit (segment settings are read from this file, not re-exported). */
export const dynamic = 'force-dynamic'
