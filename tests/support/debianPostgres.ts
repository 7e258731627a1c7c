import { execFileSync, spawnSync } from 'node:child_process'
import { chmodSync, chownSync, existsSync, mkdirSync, readdirSync } from 'node:fs'
import path from 'node:path'

import pg from 'pg'

import { freePort } from '../../scripts/free-port'

const DEBIAN = '/usr/lib/postgresql'
const NEEDED = ['initdb', 'pg_ctl', 'postgres', 'pg_dump', 'pg_restore']

/**
 * A PostgreSQL server whose pg_dump and pg_restore are installed beside it (Debian's `postgresql`
 * package: /usr/lib/postgresql/<major>/bin), newest first; null when the machine has none. The
 * embedded PostgreSQL 18 ships no pg_dump, so this is how the pg_dump/pg_restore path gets tested.
 */
export function debianPostgres(): { bin: string; major: number } | null {
  if (!existsSync(DEBIAN)) return null
  for (const version of readdirSync(DEBIAN).sort((a, b) => Number(b) - Number(a))) {
    const bin = path.join(DEBIAN, version, 'bin')
    if (NEEDED.every((name) => existsSync(path.join(bin, name)))) return { bin, major: Number(version) }
  }
  return null
}

/** Starts a throwaway cluster in `dir` (as the `postgres` user when root, as Postgres requires) with a `techplus` database. */
export async function startDebianPostgres(bin: string, dir: string): Promise<{ uri: string; stop: () => void }> {
  const root = process.getuid?.() === 0
  const owner = root ? { uid: Number(execFileSync('id', ['-u', 'postgres']).toString()), gid: Number(execFileSync('id', ['-g', 'postgres']).toString()) } : {}
  mkdirSync(dir, { recursive: true })
  if (root) {
    chmodSync(path.dirname(dir), 0o755)
    chownSync(dir, owner.uid!, owner.gid!)
  }
  const data = path.join(dir, 'data')
  const run = (tool: string, args: string[]) => {
    const result = spawnSync(path.join(bin, tool), args, { ...owner, encoding: 'utf8', cwd: dir })
    if (result.status !== 0) throw new Error(`${tool} failed: ${result.stderr || result.error}`)
  }
  const port = await freePort()
  run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8'])
  run('pg_ctl', ['-D', data, '-l', path.join(dir, 'log'), '-w', '-o', `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=''`, 'start'])
  const admin = new pg.Client({ connectionString: `postgres://postgres@127.0.0.1:${port}/postgres` })
  await admin.connect()
  await admin.query('CREATE DATABASE techplus').finally(() => admin.end())
  return {
    uri: `postgres://postgres@127.0.0.1:${port}/techplus`,
    stop: () => run('pg_ctl', ['-D', data, '-m', 'immediate', 'stop']),
  }
}
