import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { TestProject } from 'vitest/node'

import { startEmbeddedPostgres } from '../../scripts/embedded-postgres'
import { freePort } from '../../scripts/free-port'
import { LocalStripe } from './localStripe'

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUri: string
    mediaDir: string
    smtpPort: number
    smsPort: number
    stripePort: number
  }
}

function runSeed(env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(path.resolve('node_modules/.bin/tsx'), ['src/seed/cli.ts'], { env, stdio: 'inherit' })
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`seed exited with ${code}`))))
  })
}

/** Starts a throwaway Postgres (or uses TEST_DATABASE_URI), applies migrations and seeds the demo. */
export default async function setup(project: TestProject) {
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'techplus-int-'))
  const mediaDir = path.join(workDir, 'media')
  const db = process.env.TEST_DATABASE_URI
    ? { uri: process.env.TEST_DATABASE_URI, stop: async () => {} }
    : await startEmbeddedPostgres({ dataDir: path.join(workDir, 'pg'), ephemeral: true })
  await runSeed({ ...process.env, DATABASE_URI: db.uri, MEDIA_DIR: mediaDir, PAYLOAD_SECRET: 'int-test-secret' })
  project.provide('databaseUri', db.uri)
  project.provide('mediaDir', mediaDir)
  project.provide('smtpPort', await freePort())
  project.provide('smsPort', await freePort())
  // Up for the whole run: any file may book a table that needs a deposit. Tests reach it over HTTP.
  const stripe = new LocalStripe(await freePort(), { webhookSecret: 'whsec_int_test' })
  await stripe.start()
  project.provide('stripePort', stripe.port)
  return async () => {
    await stripe.stop()
    await db.stop()
    rmSync(workDir, { recursive: true, force: true })
  }
}
