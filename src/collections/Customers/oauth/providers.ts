type Env = Record<string, string | undefined>

/** How a provider is reached: OpenID Connect discovery, or plain OAuth 2 endpoints (Facebook). */
export type ProviderSettings =
  | { id: string; name: string; kind: 'oidc'; issuer: string; clientId: string; clientSecret: string; scope: string }
  | {
      id: 'facebook'
      name: string
      kind: 'facebook'
      clientId: string
      clientSecret: string
      scope: string
      authorizationEndpoint: string
      tokenEndpoint: string
      profileEndpoint: string
    }

const GRAPH = 'https://graph.facebook.com/v19.0'

/**
 * The sign-in providers this installation has configured, each only when its settings are all
 * present: Google (OIDC), Facebook (OAuth 2 + Graph API) and one generic OIDC provider.
 */
export function configuredProviders(env: Env = process.env): ProviderSettings[] {
  const providers: ProviderSettings[] = []
  if (env.GOOGLE_CLIENT_ID && env.GOOGLE_CLIENT_SECRET) {
    providers.push({ id: 'google', name: 'Google', kind: 'oidc', issuer: 'https://accounts.google.com', clientId: env.GOOGLE_CLIENT_ID, clientSecret: env.GOOGLE_CLIENT_SECRET, scope: 'openid email profile' })
  }
  if (env.FACEBOOK_CLIENT_ID && env.FACEBOOK_CLIENT_SECRET) {
    providers.push({
      id: 'facebook',
      name: 'Facebook',
      kind: 'facebook',
      clientId: env.FACEBOOK_CLIENT_ID,
      clientSecret: env.FACEBOOK_CLIENT_SECRET,
      scope: 'email public_profile',
      authorizationEndpoint: 'https://www.facebook.com/v19.0/dialog/oauth',
      tokenEndpoint: `${GRAPH}/oauth/access_token`,
      profileEndpoint: `${GRAPH}/me?fields=id,name,email`,
    })
  }
  if (env.OIDC_ISSUER && env.OIDC_CLIENT_ID && env.OIDC_CLIENT_SECRET) {
    providers.push({ id: 'oidc', name: env.OIDC_DISPLAY_NAME || 'OpenID Connect', kind: 'oidc', issuer: env.OIDC_ISSUER, clientId: env.OIDC_CLIENT_ID, clientSecret: env.OIDC_CLIENT_SECRET, scope: 'openid email profile' })
  }
  return providers
}

export function providerById(id: string, env: Env = process.env): ProviderSettings | undefined {
  return configuredProviders(env).find((provider) => provider.id === id)
}
