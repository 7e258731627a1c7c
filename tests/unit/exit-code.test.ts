import { spawnSync } from 'node:child_process'

import { describe, expect, it } from 'vitest'

// The integration suite's setup imports scripts/embedded-postgres: if a failed run exited 0, CI would
// land it. This is how vitest fails a run: process.exitCode, then a natural exit.
describe('a process that uses the embedded database', () => {
  it('keeps the failure code it set when it exits', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', "await import('./scripts/embedded-postgres.ts'); process.exitCode = 3"], {
      encoding: 'utf8',
      timeout: 30_000,
    })
    expect(run.stderr).toBe('')
    expect(run.status).toBe(3)
  })

  it('still exits 0 when nothing failed', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', "await import('./scripts/embedded-postgres.ts')"], { encoding: 'utf8', timeout: 30_000 })
    expect(run.status).toBe(0)
  })
})
