// A restaurant's menu in a group: the same page as /{locale}/menu, for the restaurant the slug names.
export { default, generateMetadata } from '../../menu/page'
