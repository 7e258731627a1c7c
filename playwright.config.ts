import { defineConfig, devices } from '@playwright/test'
import { e2eDatabaseUriFile } from './tests/support/e2eDatabase'
import { e2eMailDir } from './tests/support/e2eMail'

const PORT = Number(process.env.E2E_PORT ?? 3100)
const baseURL = `http://127.0.0.1:${PORT}`
/** The local Stripe stand-in (tests/support/localStripe.ts): checkout page, API, signed webhooks to the app. */
const STRIPE_PORT = PORT + 1
/** A real local OpenID Connect provider (tests/support/oidcProvider.ts) the site offers as "TechPlus ID". */
const OIDC_PORT = PORT + 2
const oidc = {
  OIDC_ISSUER: `http://127.0.0.1:${OIDC_PORT}`,
  OIDC_CLIENT_ID: 'techplus-site',
  OIDC_CLIENT_SECRET: 'techplus-site-secret-for-tests-only',
  OIDC_DISPLAY_NAME: 'TechPlus ID',
}
const stripe = {
  STRIPE_SECRET_KEY: 'sk_test_e2e',
  STRIPE_WEBHOOK_SECRET: 'whsec_e2e',
  STRIPE_API_BASE: `http://127.0.0.1:${STRIPE_PORT}`,
}

/**
 * End-to-end tests drive Debian's Chromium (no browser download) against the built app
 * (`next build` first: scripts/e2e.sh) on a throwaway embedded Postgres seeded with the demo.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    },
  },
  projects: [
    {
      name: 'desktop',
      use: { ...devices['Desktop Chrome'], channel: undefined },
      testIgnore: /(booking|booking-window|pwa|group-site|feedback)\.spec\.ts/,
    },
    // The booking journeys (group-site.spec.ts matches too), the installed app (pwa) and the feedback page are for phones first;
    // the booking widget (widget.spec.ts) runs on both.
    {
      name: 'mobile',
      use: { ...devices['Pixel 7'], channel: undefined },
      testMatch: /(site|booking|booking-window|pwa|widget|feedback)\.spec\.ts/,
    },
  ],
  webServer: [
    {
      command: 'tsx tests/support/localStripe.ts',
      url: `${stripe.STRIPE_API_BASE}/_test/refunds`,
      reuseExistingServer: !process.env.CI,
      env: {
        STRIPE_LOCAL_PORT: String(STRIPE_PORT),
        STRIPE_WEBHOOK_SECRET: stripe.STRIPE_WEBHOOK_SECRET,
        STRIPE_WEBHOOK_URL: `${baseURL}/api/stripe/webhooks`,
      },
    },
    {
      command: 'tsx tests/support/oidcProvider.ts',
      url: `${oidc.OIDC_ISSUER}/.well-known/openid-configuration`,
      reuseExistingServer: !process.env.CI,
      env: { OIDC_PROVIDER_PORT: String(OIDC_PORT), OIDC_REDIRECT_URI: `${baseURL}/api/customers/oauth/oidc/callback` },
    },
    {
      command: `tsx scripts/with-db.ts --ephemeral -- node scripts/server.mjs --port ${PORT} --hostname 127.0.0.1`,
      url: `${baseURL}/api/restaurants?limit=1`,
      timeout: 240_000,
      reuseExistingServer: !process.env.CI,
      stdout: 'pipe',
      stderr: 'pipe',
      env: {
        PAYLOAD_SECRET: process.env.PAYLOAD_SECRET ?? 'e2e-secret',
        NEXT_PUBLIC_SERVER_URL: baseURL,
        NEXT_TELEMETRY_DISABLED: '1',
        // Every test is one client (127.0.0.1): a day's worth of diners' calls, bookings, sign-in mistakes and
        // reset requests, not one person's. The plan's numbers are tested in tests/int/rate-limits.test.ts.
        RATE_LIMIT_API: '2000/900',
        RATE_LIMIT_LOGIN_FAILURE: '100/900',
        RATE_LIMIT_PASSWORD_RESET: '100/3600',
        RATE_LIMIT_TOKEN_MISS: '100/900',
        RATE_LIMIT_BOOKING_PER_IP: '200/3600',
        RATE_LIMIT_BOOKING_LINK_PER_IP: '200/900',
        RATE_LIMIT_BOOKING_LINK_PER_REFERENCE: '100/3600',
        // No SMTP in e2e: mail lands in this folder, where diner tests read their links.
        MAIL_DIR: e2eMailDir(PORT),
        // The funnel spec reads the tables themselves (what is stored, not only what is shown).
        DATABASE_URI_FILE: e2eDatabaseUriFile(PORT),
        // The booking funnel's counts reach the managers every 3 seconds instead of 10 minutes.
        FUNNEL_AGGREGATION_CRON: '*/3 * * * * *',
        // The production build refuses webhooks to http:// and local addresses; the tests' receivers are both.
        WEBHOOKS_ALLOW_PRIVATE_URLS: 'true',
        ...stripe,
        ...oidc,
      },
    },
  ],
})
