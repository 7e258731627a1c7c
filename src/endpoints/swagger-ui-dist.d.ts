/** swagger-ui-dist ships no types; its folder on disk is all the reference page needs. */
declare module 'swagger-ui-dist/absolute-path.js' {
  const getAbsoluteFSPath: () => string
  export default getAbsoluteFSPath
}
