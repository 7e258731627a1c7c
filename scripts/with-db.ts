/**
 * Runs a command with a database: the one in DATABASE_URI when set, otherwise an embedded
 * PostgreSQL whose data lives in .data/postgres (or a throwaway one with --ephemeral).
 * Migrations run before the command; a brand-new embedded database also gets the demo content.
 *
 *   tsx scripts/with-db.ts [--ephemeral] [--no-seed] -- node scripts/server.mjs --dev
 */
import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { EmbeddedPostgresUnavailable, startEmbeddedPostgres, type EmbeddedDatabase } from './embedded-postgres'

// Same .env that Next reads, so DATABASE_URI set there also stops the embedded database.
try {
  process.loadEnvFile('.env')
} catch {
  // no .env: defaults apply
}

const argv = process.argv.slice(2)
const separator = argv.indexOf('--')
const flags = separator === -1 ? [] : argv.slice(0, separator)
const command = separator === -1 ? argv : argv.slice(separator + 1)
const ephemeral = flags.includes('--ephemeral')
const noSeed = flags.includes('--no-seed')

function run(cmd: string[], env: Record<string, string | undefined>): Promise<number> {
  return new Promise((resolve) => {
    const [bin, ...args] = cmd
    if (!bin) return resolve(0)
    const child = spawn(bin, args, { stdio: 'inherit', env: env as NodeJS.ProcessEnv, shell: process.platform === 'win32' })
    const forward = (signal: NodeJS.Signals) => child.kill(signal)
    process.on('SIGINT', forward)
    process.on('SIGTERM', forward)
    child.on('exit', (code, signal) => {
      process.off('SIGINT', forward)
      process.off('SIGTERM', forward)
      resolve(code ?? (signal ? 1 : 0))
    })
  })
}

async function main(): Promise<number> {
  let db: EmbeddedDatabase | undefined
  // Next's telemetry would try to reach the network on every start.
  const env: Record<string, string | undefined> = { NEXT_TELEMETRY_DISABLED: '1', ...process.env }
  const tsx = path.resolve('node_modules/.bin/tsx')

  if (!env.DATABASE_URI) {
    const dataDir = ephemeral
      ? path.join(mkdtempSync(path.join(os.tmpdir(), 'techplus-pg-')), 'data')
      : path.resolve(env.TECHPLUS_DATA_DIR ?? '.data', 'postgres')
    console.log(`[db] starting embedded PostgreSQL in ${dataDir}`)
    db = await startEmbeddedPostgres({ dataDir, ephemeral })
    env.DATABASE_URI = db.uri
    if (ephemeral && !env.MEDIA_DIR) env.MEDIA_DIR = path.join(path.dirname(dataDir), 'media')
    console.log(`[db] ready at ${db.uri.replace(/:[^:@/]+@/, ':***@')}`)
  }
  // Where tests that read the tables themselves (tests/support/e2eDatabase.ts) find the database.
  if (env.DATABASE_URI_FILE) {
    mkdirSync(path.dirname(env.DATABASE_URI_FILE), { recursive: true })
    writeFileSync(env.DATABASE_URI_FILE, env.DATABASE_URI, { mode: 0o600 })
  }

  const stop = async () => {
    if (db) {
      console.log('[db] stopping embedded PostgreSQL')
      await db.stop()
    }
  }
  // A second Ctrl-C while shutting down should not leave Postgres orphaned.
  process.on('SIGINT', () => {})
  process.on('SIGTERM', () => {})

  try {
    // Migrations always run (inside Payload's onInit); seeding only fills an empty database.
    const seedArgs = db?.created && !noSeed ? ['--if-empty'] : ['--migrate-only']
    const prepared = await run([tsx, 'src/seed/cli.ts', ...seedArgs], env)
    if (prepared !== 0) return prepared
    return await run(command, env)
  } finally {
    await stop()
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof EmbeddedPostgresUnavailable ? `[db] ${error.message}` : error)
    process.exit(1)
  },
)
