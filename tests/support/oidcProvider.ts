import type { Server } from 'node:http'
import Provider from 'oidc-provider'

/**
 * A real OpenID Connect provider (panva's oidc-provider) on this machine, with its built-in
 * development login and consent pages: any login and password are accepted. What was typed as the
 * login becomes the account: `ada@example.fr` signs in with that address, confirmed;
 * `unconfirmed:ada@example.fr` with the same address but `email_verified: false`.
 */
export const TEST_CLIENT = { id: 'techplus-site', secret: 'techplus-site-secret-for-tests-only' }

export function accountClaims(login: string) {
  const unconfirmed = login.startsWith('unconfirmed:')
  const email = unconfirmed ? login.slice('unconfirmed:'.length) : login
  const local = email.split('@')[0] ?? email
  return { sub: `sub-${login}`, email, email_verified: !unconfirmed, name: local.replace(/[._]/g, ' ').replace(/\b\w/g, (c) => c.toUpperCase()) }
}

export function startOidcProvider(port: number, redirectUris: string[]): Promise<Server> {
  const issuer = `http://127.0.0.1:${port}`
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: TEST_CLIENT.id,
        client_secret: TEST_CLIENT.secret,
        redirect_uris: redirectUris,
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_post',
      },
    ],
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    findAccount: async (_ctx: unknown, id: string) => ({ accountId: id, claims: async () => accountClaims(id) }),
    features: { devInteractions: { enabled: true } },
    pkce: { required: () => true },
    cookies: { keys: ['oidc-test-cookie-key'] },
  })
  return new Promise((resolve) => {
    const server = provider.listen(port, '127.0.0.1')
    server.once('listening', () => resolve(server))
  })
}

// Run directly (Playwright's webServer): OIDC_PROVIDER_PORT and OIDC_REDIRECT_URI from the environment.
if (process.argv[1]?.endsWith('oidcProvider.ts')) {
  const port = Number(process.env.OIDC_PROVIDER_PORT ?? 3602)
  await startOidcProvider(port, [process.env.OIDC_REDIRECT_URI ?? 'http://127.0.0.1:3600/api/customers/oauth/oidc/callback'])
  console.info(`Test OpenID provider on http://127.0.0.1:${port}`)
}
