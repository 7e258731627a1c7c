// A restaurant's booking wizard in a group: the same page as /{locale}/book, for the restaurant the slug names.
export { default, generateMetadata } from '../../book/page'
