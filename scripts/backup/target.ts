import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { startEmbeddedPostgres } from '../embedded-postgres'

export interface Target {
  uri: string
  /** Stops the embedded database when this run started it. */
  release: () => Promise<void>
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/**
 * The database to back up or restore: DATABASE_URI when set; otherwise the embedded one in
 * .data/postgres — the running server when the app has it up (its port is in postmaster.pid),
 * else started for the time of this command.
 */
export async function databaseTarget(env: NodeJS.ProcessEnv = process.env): Promise<Target> {
  if (env.DATABASE_URI) return { uri: env.DATABASE_URI, release: async () => {} }
  const dataDir = path.resolve(env.TECHPLUS_DATA_DIR ?? '.data', 'postgres')
  const pidFile = path.join(dataDir, 'postmaster.pid')
  if (existsSync(pidFile)) {
    const [pid, , , port] = readFileSync(pidFile, 'utf8').split('\n')
    if (alive(Number(pid))) return { uri: `postgres://postgres:techplus@127.0.0.1:${Number(port)}/techplus`, release: async () => {} }
  }
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) throw new Error(`No DATABASE_URI and no embedded database in ${dataDir}`)
  const db = await startEmbeddedPostgres({ dataDir })
  return { uri: db.uri, release: db.stop }
}
