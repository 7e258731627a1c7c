import { buildConfig, type Endpoint, type SanitizedConfig } from 'payload'

/**
 * Every endpoint mounted under /api that Payload does not give every installation: ours, and the
 * ones our plugins (SEO, Stripe) and Payload's Next adapter (/og, added at the first request) bring,
 * as `METHOD /path`. Payload's default endpoints are shared objects, so a bare config built here
 * holds the very same ones; its bookkeeping collections (payload-*) are Payload's, endpoints included.
 */
export async function mountedEndpoints(config: SanitizedConfig): Promise<string[]> {
  const bare = await buildConfig({
    secret: 'bare',
    db: undefined as never,
    collections: [{ slug: 'accounts', auth: true, upload: true, fields: [] }],
    globals: [{ slug: 'settings', fields: [] }],
  })
  const payloads = new Set<Endpoint>([...bare.endpoints, ...[...bare.collections, ...bare.globals].flatMap((x) => x.endpoints || [])])
  const added = (prefix: string, endpoints: Endpoint[] | false | undefined) =>
    (endpoints || []).filter((e) => !payloads.has(e)).map((e) => `${e.method.toUpperCase()} ${prefix}${e.path}`)
  return [
    ...added('', config.endpoints),
    ...config.collections.filter((c) => !c.slug.startsWith('payload-')).flatMap((c) => added(`/${c.slug}`, c.endpoints)),
    ...config.globals.filter((g) => !g.slug.startsWith('payload-')).flatMap((g) => added(`/globals/${g.slug}`, g.endpoints)),
  ]
}
