import { spawn, type ChildProcess } from 'node:child_process'
import { createWriteStream, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { startEmbeddedPostgres } from '../../scripts/embedded-postgres'
import { freePort } from '../../scripts/free-port'
import { startRedisServer } from './redisServer'

/** One production app process (scripts/server.mjs on the build in .next), in its own process group. */
export interface AppNode {
  name: string
  base: string
  /** SIGKILL to the whole group, as a crashed machine would: no shutdown hook runs. */
  kill: () => Promise<void>
}

export interface TwoNodes {
  a: AppNode
  b: AppNode
  databaseUri: string
  redisUrl: string
  /** Where the seed's and each node's output went. */
  logDir: string
  stop: () => Promise<void>
}

/** The same secret on every node, as a load balancer's pool shares one: sessions made on A hold on B. */
const SECRET = process.env.PAYLOAD_SECRET ?? 'e2e-secret'
const live = new Set<ChildProcess>()

function killGroup(child: ChildProcess) {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return
  try {
    process.kill(-child.pid, 'SIGKILL')
  } catch {
    // already gone
  }
}

// However the run ends (a failed hook, Ctrl-C), no app process outlives it.
process.on('exit', () => live.forEach(killGroup))

function run(command: string, args: string[], env: NodeJS.ProcessEnv, log: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true })
    live.add(child)
    const out = createWriteStream(log)
    child.stdout!.pipe(out)
    child.stderr!.pipe(out)
    child.on('exit', (code) => {
      live.delete(child)
      if (code === 0) resolve()
      else reject(new Error(`${command} ${args.join(' ')} exited with ${code} (see ${log})`))
    })
  })
}

async function answers(url: string, withinMs: number) {
  const until = Date.now() + withinMs
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`${url} did not answer within ${withinMs / 1000} s`)
}

/**
 * One embedded Postgres, one redis-server and two app nodes on free ports, as two machines behind a
 * load balancer would run: same secret, database and Redis. The database is migrated and seeded
 * once, before either node starts (a node only migrates: with DATABASE_URI set nothing seeds).
 */
export async function startTwoNodes(): Promise<TwoNodes> {
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'techplus-nodes-'))
  // Kept after the run (git ignores test-results/) for whoever reads why a case failed.
  const logDir = path.resolve('test-results/nodes')
  rmSync(logDir, { recursive: true, force: true })
  mkdirSync(logDir, { recursive: true })
  const db = await startEmbeddedPostgres({ dataDir: path.join(workDir, 'pg'), ephemeral: true })
  const redis = await startRedisServer().catch(async (error) => {
    await db.stop()
    throw error
  })
  const nodes: ChildProcess[] = []
  const stop = async () => {
    nodes.forEach(killGroup)
    await redis.stop()
    await db.stop()
    rmSync(workDir, { recursive: true, force: true })
  }
  try {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      PAYLOAD_SECRET: SECRET,
      DATABASE_URI: db.uri,
      REDIS_URL: redis.url,
      MEDIA_DIR: path.join(workDir, 'media'),
      MAIL_DIR: path.join(workDir, 'mail'),
      // The test plays many clients from loopback, each named in X-Forwarded-For, as a proxy would.
      TRUSTED_PROXIES: 'loopback',
    }
    await run(path.resolve('node_modules/.bin/tsx'), ['src/seed/cli.ts', '--if-empty'], env, path.join(logDir, 'seed.log'))
    const start = async (name: string): Promise<AppNode> => {
      const port = await freePort()
      const base = `http://127.0.0.1:${port}`
      const log = createWriteStream(path.join(logDir, `node-${name}.log`))
      const child = spawn('node', ['scripts/server.mjs', '--port', String(port), '--hostname', '127.0.0.1'], {
        // A runs the job queue, standing in for the worker; B, as every other app node, leaves it (README, Deploy).
        env: { ...env, NEXT_PUBLIC_SERVER_URL: base, JOBS_AUTORUN: name === 'A' ? 'true' : 'false' },
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: true,
      })
      child.stdout!.pipe(log)
      child.stderr!.pipe(log)
      live.add(child)
      nodes.push(child)
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
      child.once('exit', () => live.delete(child))
      return {
        name,
        base,
        kill: async () => {
          killGroup(child)
          await exited
        },
      }
    }
    const [a, b] = await Promise.all([start('A'), start('B')])
    await Promise.all([answers(`${a!.base}/api/ready`, 120_000), answers(`${b!.base}/api/ready`, 120_000)])
    return { a: a!, b: b!, databaseUri: db.uri, redisUrl: redis.url, logDir, stop }
  } catch (error) {
    await stop()
    throw error
  }
}
