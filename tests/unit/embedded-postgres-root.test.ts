import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { postgresUserCannotReach } from '../../scripts/embedded-postgres'

// As root the embedded server runs as `postgres`: a project in a folder only root can enter (under
// /root, or any 0700 folder) used to die inside initdb with an EACCES stack trace.
describe('the embedded database started as root', () => {
  const base = mkdtempSync(path.join(os.tmpdir(), 'techplus-reach-'))
  afterAll(() => rmSync(base, { recursive: true, force: true }))

  it('names the folder the postgres user cannot enter, in one sentence', () => {
    // mkdtemp made `base` 0700, like /root.
    mkdirSync(path.join(base, 'project'), { mode: 0o755 })
    const problem = postgresUserCannotReach(path.join(base, 'project', '.data', 'postgres'), 0)
    expect(problem).toContain(`cannot enter ${base}`)
    expect(problem).toContain('(mode 700)')
    expect(problem).toMatch(/DATABASE_URI/)
    expect(problem).not.toContain('\n')
  })

  it('starts when every folder on the way is open to other users', () => {
    const reachable = mkdtempSync(path.join(os.tmpdir(), 'techplus-open-'))
    try {
      // mkdtemp's own 0700 folder holds the data folder: it is opened on start, so it does not count.
      expect(postgresUserCannotReach(path.join(reachable, 'data'), 0)).toBeNull()
    } finally {
      rmSync(reachable, { recursive: true, force: true })
    }
  })

  it('asks nothing of folders when not run as root', () => {
    expect(postgresUserCannotReach(path.join(base, 'anything', 'postgres'), 1000)).toBeNull()
  })
})
