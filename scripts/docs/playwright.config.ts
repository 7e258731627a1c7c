import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { defineConfig } from '@playwright/test'

import e2e from '../../playwright.config'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const servers = Array.isArray(e2e.webServer) ? e2e.webServer : e2e.webServer ? [e2e.webServer] : []

/**
 * `npm run docs:screenshots`: the e2e harness (built app on a throwaway embedded Postgres seeded with
 * the demo, Debian's Chromium, the local Stripe stand-in so deposits show as configured), running only
 * the script that photographs the admin for the user guide.
 */
export default defineConfig({
  ...e2e,
  testDir: '.',
  testMatch: /screenshots\.spec\.ts$/,
  reporter: [['list']],
  timeout: 180_000,
  projects: [{ name: 'docs', use: { ...e2e.projects?.[0]?.use } }],
  use: { ...e2e.use, trace: 'off', screenshot: 'off' },
  // The servers' commands name files from the project's root, where playwright.config.ts runs them.
  webServer: servers.map((server) => ({ ...server, cwd: root, stdout: 'ignore' as const })),
  outputDir: path.join(root, 'test-results/docs'),
})
