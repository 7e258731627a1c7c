import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Writable } from 'node:stream'

import { pino, type LoggerOptions } from 'pino'
import { describe, expect, it } from 'vitest'
import YAML from 'yaml'

import { backupName, pruneBackups } from '../../scripts/backup/index'
import { backupFileName, backupStamp, newestBackupAgeSeconds } from '../../src/infrastructure/ops/backupFiles'
import { loggerSettings, scrubPersonalData } from '../../src/ops/logger'
import { overallStatus, type CheckResult } from '../../src/ops/readiness'
import { withRequestContext } from '../../src/infrastructure/ops/requestContext'
import { routeTemplate } from '../../src/ops/routeTemplate'

const words = new Set(['restaurants', 'reservations', 'availability', 'manage', 'book', 'media', 'file', 'health', 'graphql'])

describe('route templates for metrics', () => {
  it('keeps the words of our API and replaces ids, slugs and tokens', () => {
    expect(routeTemplate('/api/restaurants/le-petit-zinc/availability', words)).toBe('/api/restaurants/:param/availability')
    expect(routeTemplate('/api/reservations/manage/Zx8_secretToken-123', words)).toBe('/api/reservations/manage/:param')
    expect(routeTemplate('/api/reservations/42', words)).toBe('/api/reservations/:id')
    expect(routeTemplate('/api/media/file/photo-terrasse.webp', words)).toBe('/api/media/file/:param')
  })

  it('folds unknown paths and endless paths into a few labels', () => {
    expect(routeTemplate('/api/wp-admin/setup.php', words)).toBe('/api/:param/:param')
    expect(routeTemplate('/api/a/b/c/d/e/f/g/h/i/j', words)).toBe('/api/:param/:param/:param/:param/:param/:param/:param/…')
    expect(routeTemplate('/admin/collections', words)).toBe('/:other')
  })
})

function captureLogger() {
  const lines: Record<string, unknown>[] = []
  const sink = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line))
      done()
    },
  })
  const settings = loggerSettings({}) as { options: LoggerOptions }
  return { logger: pino(settings.options, sink), lines }
}

describe('structured logs', () => {
  it('every line written during a request carries its request id', () => {
    const { logger, lines } = captureLogger()
    withRequestContext({ requestId: 'req-42' }, () => logger.info('Booking saved'))
    logger.info('Outside any request')
    expect(lines[0]).toMatchObject({ requestId: 'req-42', msg: 'Booking saved' })
    expect(lines[1]!.requestId).toBeUndefined()
  })

  it("a job's lines say which job and which request queued it", () => {
    const { logger, lines } = captureLogger()
    withRequestContext({ requestId: 'req-7', job: 'sendMessage#12' }, () => logger.info('Job done'))
    expect(lines[0]).toMatchObject({ requestId: 'req-7', job: 'sendMessage#12' })
  })

  it("redacts a guest's email, phone and name, and tokens, wherever they sit in the object", () => {
    const { logger, lines } = captureLogger()
    logger.info({ email: 'claire@example.fr', guest: { phone: '+33611223344', guestName: 'Claire' }, data: { message: { to: 'claire@example.fr' } }, token: 'abc' }, 'x')
    const line = JSON.stringify(lines[0])
    expect(line).not.toContain('claire@example.fr')
    expect(line).not.toContain('+33611223344')
    expect(line).not.toContain('Claire')
    expect(line).not.toContain('"abc"')
  })

  it('masks emails, phone numbers and manage links in messages and errors', () => {
    const { logger, lines } = captureLogger()
    logger.error({ err: new Error('550 mailbox <claire.f@example.fr> unavailable') }, 'Sending to +33 6 11 22 33 44 failed, see /fr/reservation/AbCdEf123456789')
    const line = JSON.stringify(lines[0])
    expect(line).not.toMatch(/claire\.f@example\.fr|11 22 33 44|AbCdEf123456789/)
    expect(line).toContain('[email]')
    logger.warn({ msg: 'Bounce from claire.f@example.fr' })
    expect(JSON.stringify(lines[1])).not.toContain('claire.f@example.fr')
    expect(scrubPersonalData('call 06 12 34 56 78 on 2026-11-27 at 19:30 for 4')).toBe('call [phone] on 2026-11-27 at 19:30 for 4')
  })
})

describe('readiness verdict', () => {
  const ok: CheckResult = { status: 'ok', required: true, latencyMs: 1 }
  it('is 503 when a required check failed', () => {
    expect(overallStatus({ database: { ...ok, status: 'failed' }, smtp: ok })).toEqual({ status: 'unavailable', httpStatus: 503 })
  })
  it('stays 200, degraded, when only an optional one failed', () => {
    expect(overallStatus({ database: ok, smtp: { ...ok, required: false, status: 'failed' } })).toEqual({ status: 'degraded', httpStatus: 200 })
    expect(overallStatus({ database: ok, stripe: { status: 'not_configured', required: false, latencyMs: 0 } })).toEqual({ status: 'ready', httpStatus: 200 })
  })
})

describe('backup files', () => {
  it('are named by UTC time so they sort oldest to newest', () => {
    expect(backupName(new Date('2026-11-27T03:04:05.678Z'), 'custom')).toBe('techplus-20261127T030405Z.dump')
    expect(backupName(new Date('2026-11-27T03:04:05.678Z'), 'portable')).toBe('techplus-20261127T030405Z.jsonl.gz')
  })

  it('retention deletes what is older than BACKUP_RETENTION_DAYS, database and uploads alike, and never touches other files', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'techplus-keep-'))
    try {
      const now = new Date('2026-12-02T03:00:00Z')
      const stampDaysAgo = (days: number) => backupStamp(new Date(now.getTime() - days * 86_400_000))
      for (const days of [45, 31, 29, 1]) {
        writeFileSync(path.join(dir, backupFileName(stampDaysAgo(days), 'dump')), '')
        writeFileSync(path.join(dir, backupFileName(stampDaysAgo(days), 'media')), '')
      }
      writeFileSync(path.join(dir, 'notes.txt'), 'mine')
      const deleted = await pruneBackups(dir, { retentionDays: 30, now })
      expect(deleted.sort()).toEqual(
        [45, 31].flatMap((days) => [backupFileName(stampDaysAgo(days), 'dump'), backupFileName(stampDaysAgo(days), 'media')]).sort(),
      )
      expect(readdirSync(dir)).toHaveLength(5)
      expect(readFileSync(path.join(dir, 'notes.txt'), 'utf8')).toBe('mine')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('reads the newest backup\'s age for /api/metrics, and none as infinitely old', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'techplus-age-'))
    try {
      const now = new Date('2026-12-02T03:00:00Z')
      expect(await newestBackupAgeSeconds(path.join(dir, 'missing'), now)).toBe(Infinity)
      // Uploads alone are not a backup.
      writeFileSync(path.join(dir, backupFileName('20261202T020000Z', 'media')), '')
      expect(await newestBackupAgeSeconds(dir, now)).toBe(Infinity)
      writeFileSync(path.join(dir, backupFileName('20261130T030000Z', 'portable')), '')
      writeFileSync(path.join(dir, backupFileName('20261201T030000Z', 'dump')), '')
      expect(await newestBackupAgeSeconds(dir, now)).toBe(24 * 3600)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('docker-compose.yml', () => {
  const compose = YAML.parse(readFileSync('docker-compose.yml', 'utf8'), { merge: true })

  it('runs the app on Postgres with healthchecks and volumes', () => {
    expect(Object.keys(compose.services)).toEqual(expect.arrayContaining(['db', 'app', 'worker', 'valkey']))
    expect(compose.services.app.depends_on.db.condition).toBe('service_healthy')
    expect(compose.services.app.healthcheck.test.join(' ')).toContain('/api/ready')
    expect(compose.services.db.healthcheck).toBeDefined()
    expect(compose.services.app.volumes).toContain('media:/data/media')
    expect(Object.keys(compose.volumes)).toEqual(expect.arrayContaining(['pgdata', 'media', 'backups']))
  })

  it('keeps the worker optional, the worker alone runs jobs, and every node shares one Valkey', () => {
    expect(compose.services.worker.profiles).toEqual(['worker'])
    expect(compose.services.valkey.profiles).toBeUndefined()
    expect(compose.services.worker.command).toEqual(['npm', 'run', 'jobs'])
    expect(compose.services.worker.environment.JOBS_AUTORUN).toBe('false')
    expect(compose.services.worker.environment.DATABASE_URI).toBe(compose.services.app.environment.DATABASE_URI)
    for (const name of ['app', 'worker', 'backup']) expect(compose.services[name].environment.REDIS_URL, name).toBe('redis://valkey:6379')
    expect(compose.services.app.depends_on.valkey.condition).toBe('service_healthy')
  })

  it('gives every service of the app\'s image the settings in .env, optional so `docker compose config` works without one', () => {
    const ours = Object.entries(compose.services as Record<string, { image?: string; env_file?: unknown }>).filter(([, service]) => service.image === 'techplus:latest')
    expect(ours.map(([name]) => name).sort()).toEqual(['app', 'backup', 'worker'])
    for (const [name, service] of ours) expect(service.env_file, name).toEqual([{ path: '.env', required: false }])
    // Prometheus reads METRICS_TOKEN from it too.
    expect(compose.services.prometheus.env_file).toEqual([{ path: '.env', required: false }])
    // The one setting the stack cannot run without stops `docker compose` with a message.
    expect(compose.services.app.environment.PAYLOAD_SECRET).toMatch(/^\$\{PAYLOAD_SECRET:\?.+\}$/)
  })

  it('backs up the database and the uploads on a schedule, into the backups volume', () => {
    const backup = compose.services.backup
    expect(backup.profiles).toEqual(['backup'])
    expect(backup.volumes).toEqual(expect.arrayContaining(['backups:/data/backups', 'media:/data/media:ro']))
    expect(backup.environment.MEDIA_DIR).toBe('/data/media')
    expect(backup.environment.BACKUP_DIR).toBe('/data/backups')
    expect(backup.command.join(' ')).toMatch(/while true; do npm run backup; sleep \$\$\(\( BACKUP_INTERVAL_HOURS \* 3600 \)\); done/)
    // The app reads the same directory for techplus_backup_age_seconds.
    expect(compose.services.app.volumes).toContain('backups:/data/backups')
  })

  it('monitors on demand: Prometheus with its rules, a probe of /api/ready and Grafana provisioned, on loopback only', () => {
    for (const name of ['prometheus', 'blackbox', 'grafana']) expect(compose.services[name].profiles, name).toEqual(['monitoring'])
    expect(compose.services.prometheus.volumes).toContain('./ops/prometheus:/etc/prometheus:ro')
    // The token file prometheus.yml names is the one the entrypoint writes from METRICS_TOKEN.
    const prometheusYml = YAML.parse(readFileSync('ops/prometheus/prometheus.yml', 'utf8'))
    const scrape = prometheusYml.scrape_configs.find((job: { job_name: string }) => job.job_name === 'techplus')
    expect(scrape.metrics_path).toBe('/api/metrics')
    expect(compose.services.prometheus.command.join(' ')).toContain(`printf '%s' "$$METRICS_TOKEN" > ${scrape.authorization.credentials_file}`)
    expect(prometheusYml.rule_files).toEqual(['/etc/prometheus/alerts.yml'])
    for (const name of ['prometheus', 'grafana']) for (const port of compose.services[name].ports) expect(port, name).toMatch(/^127\.0\.0\.1:/)
  })

  it('has no `$` compose would misread: each is ${NAME}, ${NAME:-default}, ${NAME:?message} or an escaped $$', () => {
    const text = readFileSync('docker-compose.yml', 'utf8').replace(/^\s*#.*$/gm, '')
    const dollars = [...text.matchAll(/\$\$|\$\{[^}]*\}|\$/g)].map(([match]) => match)
    expect(dollars.length).toBeGreaterThan(10)
    for (const match of dollars) expect(match, match).toMatch(/^(\$\$|\$\{[A-Z][A-Z0-9_]*(:-[^}]*|:\?[^}]+)?\})$/)
    // Compose interpolates from the shell and the project's .env; every name it reads is documented.
    const example = readFileSync('.env.example', 'utf8')
    for (const [, name] of text.matchAll(/\$\{([A-Z][A-Z0-9_]*)/g)) expect(example, name).toMatch(new RegExp(`^# ${name}=`, 'm'))
  })

  it('mounts only files that exist and volumes that are declared', () => {
    for (const [name, service] of Object.entries(compose.services as Record<string, { volumes?: string[] }>)) {
      for (const volume of service.volumes ?? []) {
        const [source] = volume.split(':') as [string]
        if (source.startsWith('./')) expect(existsSync(source), `${name}: ${source}`).toBe(true)
        else expect(Object.keys(compose.volumes), `${name}: ${source}`).toContain(source)
      }
    }
  })

  it('puts a proxy in front, the only service clients reach, and the only one whose forwarded addresses the app believes', () => {
    /** A `${NAME:-default}` value as compose reads it when NAME is not set. */
    const byDefault = (value: string) => value.replace(/\$\{[A-Z_]+:-([^}]*)\}/g, '$1')
    const published = Object.entries(compose.services as Record<string, { ports?: string[] }>).filter(([, service]) => service.ports?.some((port) => !port.startsWith('127.0.0.1:')))
    expect(published.map(([name]) => name)).toEqual(['proxy'])
    expect(compose.services.proxy.ports).toEqual(['80:80', '443:443', '443:443/udp'])
    const proxyAddress = byDefault(compose.services.proxy.networks.edge.ipv4_address)
    expect(byDefault(compose.services.app.environment.TRUSTED_PROXIES)).toBe(proxyAddress)
    expect(byDefault(compose.networks.edge.ipam.config[0].subnet)).toBe(proxyAddress.replace(/\.\d+$/, '.0/24'))
    expect(compose.services.app.networks).toContain('edge')
    expect(compose.services.proxy.volumes).toContain('./ops/Caddyfile:/etc/caddy/Caddyfile:ro')
    // Caddy sets X-Forwarded-For from the socket (it trusts no proxy of its own) and sends to every app node.
    const caddyfile = readFileSync('ops/Caddyfile', 'utf8')
    expect(caddyfile).toMatch(/^\{\$SITE_ADDRESS::80\} \{$/m)
    expect(caddyfile).toMatch(/protocols h1 h2 h3/)
    expect(caddyfile).toMatch(/encode zstd gzip/)
    expect(caddyfile).toMatch(/reverse_proxy \{\s+# [^]*dynamic a \{\s+name app\s+port 3000/)
    expect(caddyfile.replace(/#.*$/gm, '')).not.toMatch(/trusted_proxies|header_up X-Forwarded/)
  })
})
