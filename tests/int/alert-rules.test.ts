import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeEach, describe, expect, it } from 'vitest'

/**
 * The monitoring profile's Prometheus configuration and alert rules, through Prometheus' own tool:
 * valid, and each alert fires on the series it is meant for (ops/prometheus/alerts.test.yml: 5xx
 * over 1%, p95 over 200 ms, a failed job counted once across nodes, /api/ready failing, a backup
 * 26 h old or none). tests/unit/monitoring.test.ts checks that the metrics they name are exported.
 * Here (int) because scripts/test-int.sh installs promtool when missing.
 */
function promtool(args: string[], cwd?: string) {
  const run = spawnSync('promtool', args, { cwd, encoding: 'utf8' })
  return { code: run.status, output: `${run.stdout}${run.stderr}`, error: run.error }
}

describe('the alert rules, by promtool', () => {
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'techplus-promtool-'))
  afterAll(() => rmSync(workDir, { recursive: true, force: true }))
  beforeEach(() => {
    // Without promtool every test fails with the reason (npm run test:int installs it).
    const version = promtool(['--version'])
    if (version.error) throw new Error('No promtool on the PATH: run the suite with npm run test:int, which installs Debian\'s prometheus package when missing.')
  })

  it('are valid rules', () => {
    const { code, output } = promtool(['check', 'rules', 'ops/prometheus/alerts.yml'])
    expect(output).toMatch(/SUCCESS: 6 rules found/)
    expect(code).toBe(0)
  })

  it('fire on the series they are meant for, and only then (promtool test rules)', () => {
    const { code, output } = promtool(['test', 'rules', 'alerts.test.yml'], 'ops/prometheus')
    console.info(`[promtool] ${output.trim().replace(/\n\s*/g, ' ')}`)
    expect(output).toMatch(/SUCCESS/)
    expect(code).toBe(0)
  })

  it('load from a valid Prometheus configuration (paths as mounted in the container, here rewritten to the repository)', () => {
    const config = readFileSync('ops/prometheus/prometheus.yml', 'utf8').replaceAll('/etc/prometheus/', `${path.resolve('ops/prometheus')}/`)
    const file = path.join(workDir, 'prometheus.yml')
    writeFileSync(file, config.replaceAll('/tmp/techplus-metrics-token', path.join(workDir, 'token')))
    writeFileSync(path.join(workDir, 'token'), 'scrape-token')
    const { code, output } = promtool(['check', 'config', file])
    expect(output).toMatch(/is valid prometheus config file syntax/)
    expect(code).toBe(0)
  })

  it('tell a wrong rule from a right one (the check is not a rubber stamp)', () => {
    const file = path.join(workDir, 'broken.yml')
    writeFileSync(file, 'groups:\n  - name: x\n    rules:\n      - alert: Broken\n        expr: sum(rate(http_request_duration_seconds_count[5m]) > \n')
    expect(promtool(['check', 'rules', file]).code).not.toBe(0)
    expect(execFileSync('promtool', ['--version'], { encoding: 'utf8' })).toMatch(/promtool/)
  })
})
