import { serverUrl } from '../infrastructure/config/serverUrl'

/** Our own uploads are served same-origin, so next/image optimises them as local files. */
export function localMediaUrl(url: string): string {
  return url.startsWith(serverUrl()) ? url.slice(serverUrl().length) : url
}
