import * as client from 'openid-client'

import type { ProviderSettings } from './providers'

const configurations = new Map<string, Promise<client.Configuration>>()

/** Plain http only for a provider on this machine (a local test provider), never across a network. */
function isLoopback(url: URL): boolean {
  return url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)
}

/** The provider's client configuration: OIDC discovery (cached per provider), or Facebook's fixed endpoints. */
export function configurationFor(provider: ProviderSettings): Promise<client.Configuration> {
  const key = `${provider.id}:${provider.kind === 'oidc' ? provider.issuer : provider.tokenEndpoint}:${provider.clientId}`
  let configuration = configurations.get(key)
  if (!configuration) {
    configuration =
      provider.kind === 'oidc'
        ? (() => {
            const issuer = new URL(provider.issuer)
            return client.discovery(issuer, provider.clientId, provider.clientSecret, undefined, isLoopback(issuer) ? { execute: [client.allowInsecureRequests] } : undefined)
          })()
        : Promise.resolve(
            new client.Configuration(
              { issuer: 'https://www.facebook.com', authorization_endpoint: provider.authorizationEndpoint, token_endpoint: provider.tokenEndpoint },
              provider.clientId,
              provider.clientSecret,
            ),
          )
    // A provider that was down at the first try is asked again next time.
    configuration.catch(() => configurations.delete(key))
    configurations.set(key, configuration)
  }
  return configuration
}

/** Who the provider says signed in. `emailVerified` only when the provider vouches for the address. */
export interface ProviderIdentity {
  subject: string
  email: string | null
  emailVerified: boolean
  name: string | null
}

export interface PendingSignIn {
  state: string
  nonce: string
  verifier: string
}

export async function authorizationUrl(provider: ProviderSettings, redirectUri: string): Promise<{ url: URL; pending: PendingSignIn }> {
  const configuration = await configurationFor(provider)
  const pending = { state: client.randomState(), nonce: client.randomNonce(), verifier: client.randomPKCECodeVerifier() }
  const parameters: Record<string, string> = {
    redirect_uri: redirectUri,
    scope: provider.scope,
    state: pending.state,
    code_challenge: await client.calculatePKCECodeChallenge(pending.verifier),
    code_challenge_method: 'S256',
  }
  if (provider.kind === 'oidc') parameters.nonce = pending.nonce
  return { url: client.buildAuthorizationUrl(configuration, parameters), pending }
}

/** Exchanges the code (checking state, PKCE and, for OIDC, the ID token and its nonce) for the diner's identity. */
export async function identityFromCallback(provider: ProviderSettings, callbackUrl: URL, pending: PendingSignIn): Promise<ProviderIdentity> {
  const configuration = await configurationFor(provider)
  if (provider.kind === 'oidc') {
    const tokens = await client.authorizationCodeGrant(configuration, callbackUrl, {
      pkceCodeVerifier: pending.verifier,
      expectedState: pending.state,
      expectedNonce: pending.nonce,
      idTokenExpected: true,
    })
    const claims = tokens.claims()!
    let { email, email_verified: verified, name } = claims as { email?: string; email_verified?: boolean; name?: string }
    // Some providers keep the email out of the ID token: ask the userinfo endpoint.
    if (!email) {
      const info = await client.fetchUserInfo(configuration, tokens.access_token, claims.sub)
      email = info.email
      verified = info.email_verified
      name = name ?? info.name
    }
    return { subject: claims.sub, email: email?.toLowerCase() ?? null, emailVerified: verified === true, name: name ?? null }
  }
  const tokens = await client.authorizationCodeGrant(configuration, callbackUrl, { pkceCodeVerifier: pending.verifier, expectedState: pending.state })
  const response = await client.fetchProtectedResource(configuration, tokens.access_token, new URL(provider.profileEndpoint), 'GET')
  const profile = (await response.json()) as { id?: string; email?: string; name?: string }
  if (!response.ok || !profile.id) throw new Error(`Facebook profile request failed with ${response.status}`)
  // Facebook does not say whether the address was confirmed: treat it as unconfirmed.
  return { subject: profile.id, email: profile.email?.toLowerCase() ?? null, emailVerified: false, name: profile.name ?? null }
}
