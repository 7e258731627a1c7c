import { postgresAdapter } from '@payloadcms/db-postgres'
import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import { seoPlugin } from '@payloadcms/plugin-seo'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { fr } from '@payloadcms/translations/languages/fr'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { AuditLog } from './src/collections/AuditLog'
import { ContactMessages } from './src/collections/ContactMessages'
import { Media } from './src/collections/Media'
import { MenuCategories } from './src/collections/MenuCategories'
import { MenuItems } from './src/collections/MenuItems'
import { Pages } from './src/collections/Pages'
import { Customers } from './src/collections/Customers'
import { Users } from './src/collections/Users'
import { jobsAccess } from './src/infrastructure/access/jobs'
import { isAdmin } from './src/infrastructure/access/roles'
import { healthEndpoint, healthHeadEndpoint, readyEndpoint, readyHeadEndpoint } from './src/endpoints/health'
import { metricsEndpoint } from './src/endpoints/metrics'
import { apiReferenceEndpoints } from './src/endpoints/apiReference'
import { openApiEndpoint } from './src/endpoints/openapi'
import { announceDeprecations } from './src/infrastructure/openapi/deprecation'
import { Footer } from './src/globals/Footer/config'
import { Header } from './src/globals/Header/config'
import { SiteSettings } from './src/globals/SiteSettings/config'
import { migrations } from './src/migrations'
import { loggerSettings } from './src/ops/logger'
import { paymentSettingsFromEnv, reservationsPlugin, smsFromEnv } from './src/plugins/reservations'
import { siteRevalidation } from './src/plugins/siteRevalidation'
import { emailSettings } from './src/utilities/emailSettings'
import { runMigrations } from './src/utilities/runMigrations'
import { survivePoolErrors } from './src/utilities/survivePoolErrors'
import { databasePool } from './src/infrastructure/config/databasePool'
import { payloadSecret } from './src/infrastructure/config/payloadSecret'
import { allowedOrigins } from './src/infrastructure/config/serverUrl'
import { adminTranslations } from './src/i18n/admin'
import { graphqlPageSizeRule } from './src/security/graphqlPageSize'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  serverURL: process.env.NEXT_PUBLIC_SERVER_URL || undefined,
  // Cookies count only from our own pages (CSRF); other sites' scripts cannot read our API (CORS).
  csrf: allowedOrigins(),
  cors: allowedOrigins(),
  secret: payloadSecret(),
  admin: {
    user: Users.slug,
    importMap: { baseDir: path.resolve(dirname, 'src') },
    meta: { titleSuffix: ' — TechPlus' },
    dateFormat: 'dd/MM/yyyy HH:mm',
    // Payload's default, 'gravatar', has every admin page ask www.gravatar.com for an MD5 of the staff
    // member's email (a third party learning who works here, which our CSP refuses: a broken image).
    // 'default' is Payload's inline SVG silhouette: nothing leaves our origin.
    avatar: 'default',
    // The user guide (docs/guide) in the admin's language, with its search: src/help.
    components: {
      views: { help: { Component: '/help/HelpView#HelpView', path: '/help' } },
      afterNavLinks: ['/help/HelpNavLink#HelpNavLink'],
    },
  },
  // Staff get the admin in their browser's language; API consumers without a preference get English.
  i18n: { supportedLanguages: { fr, en }, fallbackLanguage: 'en', translations: adminTranslations },
  localization: {
    locales: [
      { code: 'fr', label: 'Français' },
      { code: 'en', label: 'English' },
    ],
    defaultLocale: 'fr',
    fallback: true,
  },
  collections: [Pages, Media, MenuCategories, MenuItems, ContactMessages, Users, Customers, AuditLog],
  globals: [Header, Footer, SiteSettings],
  endpoints: [healthEndpoint, healthHeadEndpoint, readyEndpoint, readyHeadEndpoint, metricsEndpoint, openApiEndpoint, ...apiReferenceEndpoints],
  // JSON lines with the request id, personal data redacted (src/ops/logger.ts).
  logger: loggerSettings(),
  editor: lexicalEditor(),
  db: postgresAdapter({
    // Size and timeouts written out, from DATABASE_POOL_* (src/infrastructure/config/databasePool.ts).
    pool: databasePool(),
    // Every database runs the same SQL: schema changes only through src/migrations.
    push: false,
    migrationDir: path.resolve(dirname, 'src/migrations'),
  }),
  email: nodemailerAdapter(emailSettings()),
  sharp,
  plugins: [
    // Deposits, SMS and the messages' retry delay from the environment (.env.example); the plugin
    // also wires Stripe's webhooks (plugin-stripe) when deposits are configured.
    reservationsPlugin({
      defaultTimeZone: 'Europe/Paris',
      payments: paymentSettingsFromEnv(),
      sms: smsFromEnv(),
      email: { retryDelayMs: Number(process.env.MESSAGE_RETRY_DELAY_MS ?? 30_000) },
      // Webhooks to http:// and private addresses only in development and tests, or when asked (README: Webhooks).
      webhooks: { allowPrivateUrls: process.env.WEBHOOKS_ALLOW_PRIVATE_URLS ? process.env.WEBHOOKS_ALLOW_PRIVATE_URLS === 'true' : process.env.NODE_ENV !== 'production' },
    }),
    seoPlugin({
      collections: ['pages'],
      uploadsCollection: 'media',
      tabbedUI: true,
      generateTitle: ({ doc }) => `${(doc as { title?: string })?.title ?? ''} — TechPlus`,
    }),
    siteRevalidation({
      collections: ['pages', 'menu-categories', 'menu-items', 'media', 'restaurants'],
      globals: ['header', 'footer', 'site-settings'],
    }),
    // Last: deprecated API operations announce their end on every answer (docs/api.md).
    announceDeprecations,
  ],
  jobs: {
    access: jobsAccess,
    // Send jobs run inside the app every second, five at most: mail goes out promptly (300 a minute),
    // and a burst of bookings never has the runner hold the app's event loop for long (25 every 5 s
    // put a booking's p95 at 318 ms under the plan's load, 10 a second at 229 ms, 5 at 145 ms).
    // JOBS_AUTORUN=false leaves them to a separate worker
    // (`npx payload jobs:run --cron "*/5 * * * * *"`), e.g. when the app runs on several nodes.
    autoRun: [{ cron: '* * * * * *', queue: 'default', limit: 5, silent: { info: true } }],
    shouldAutoRun: () => process.env.JOBS_AUTORUN !== 'false',
    // Failed jobs stay visible (System › Jobs) with their error; finished ones are cleared.
    deleteJobOnComplete: true,
    jobsCollectionOverrides: ({ defaultJobsCollection }) => ({
      ...defaultJobsCollection,
      admin: { ...defaultJobsCollection.admin, hidden: ({ user }) => !isAdmin(user), group: 'System' },
      access: { ...defaultJobsCollection.access, read: ({ req }) => isAdmin(req.user) },
    }),
  },
  typescript: { outputFile: path.resolve(dirname, 'src/payload-types.ts') },
  // Lists at most 100 documents a page, as REST (src/security/pageSize.ts, applied in the API route).
  graphQL: { disablePlaygroundInProduction: true, validationRules: (args) => [graphqlPageSizeRule(args)] },
  onInit: async (payload) => {
    survivePoolErrors(payload)
    await runMigrations(payload, migrations)
  },
})
