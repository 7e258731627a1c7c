import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { freePort } from '../../scripts/free-port'

/**
 * The Redis or Valkey server binary: REDIS_SERVER_PATH, else `redis-server` or `valkey-server` on
 * the PATH. Missing, the tests that need one fail (they are never skipped); `npm run test:int`
 * installs it first (scripts/test-prerequisites.sh).
 */
export function redisServerBinary(env: Record<string, string | undefined> = process.env): string {
  const candidates = env.REDIS_SERVER_PATH ? [env.REDIS_SERVER_PATH] : ['redis-server', 'valkey-server']
  const found = candidates.find((candidate) => spawnSync(candidate, ['--version']).status === 0)
  if (found) return found
  throw new Error(
    `No Redis/Valkey server to test against (tried ${candidates.join(', ')}). Run the suite with npm run test:int, which installs one when missing, or set REDIS_SERVER_PATH.`,
  )
}

/** A throwaway server on a free port that writes nothing to disk; `stop()` kills it, as a crash would. */
export async function startRedisServer() {
  const binary = redisServerBinary()
  const port = await freePort()
  const dir = mkdtempSync(path.join(os.tmpdir(), 'techplus-redis-'))
  const child = spawn(binary, ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'pipe'] })
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  let output = ''
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${binary} did not start within 10 s:\n${output}`)), 10_000)
    const read = (chunk: Buffer) => {
      output += chunk
      if (/ready to accept connections/i.test(output)) {
        clearTimeout(timer)
        resolve()
      }
    }
    child.stdout.on('data', read)
    child.stderr.on('data', read)
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`${binary} exited with ${code}:\n${output}`))
    })
  })
  return {
    url: `redis://127.0.0.1:${port}`,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGKILL')
        await exited
      }
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
