import { readFileSync } from 'node:fs'

import { describe, expect, it } from 'vitest'
import YAML from 'yaml'

/**
 * The monitoring profile's alert rules (ops/prometheus/alerts.yml) watch what the app really
 * exports: a rule naming a metric nobody exports never fires, and Prometheus says nothing about it.
 * promtool checks the syntax (`promtool check rules`, README); this checks the meaning.
 */

/** Metrics from other exporters of the stack, each with who exports it. */
const FROM_ELSEWHERE: Record<string, string> = {
  up: 'Prometheus itself, per scrape target',
  probe_success: 'the blackbox exporter probing /api/ready (ops/prometheus/blackbox.yml)',
}

const KEYWORDS = new Set(['by', 'without', 'on', 'ignoring', 'group_left', 'group_right', 'bool', 'and', 'or', 'unless', 'offset'])

/** The metric names in a PromQL expression: identifiers that are not functions, keywords or labels. */
function metricNames(expr: string): string[] {
  const stripped = expr
    .replace(/"(?:[^"\\]|\\.)*"/g, '""') // label values
    .replace(/\{[^}]*\}/g, '') // label matchers
    .replace(/\[[^\]]*\]/g, '') // ranges
    .replace(/\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)/g, '') // grouping labels
  return [...stripped.matchAll(/\b([a-zA-Z_:][a-zA-Z0-9_:]*)\b(\s*\()?/g)]
    .filter(([, name, call]) => !call && !KEYWORDS.has(name!) && !/^(e|Inf|NaN)$/i.test(name!))
    .map(([, name]) => name!)
}

async function exportedNames(): Promise<Set<string>> {
  const { metrics } = await import('../../src/infrastructure/ops/metrics')
  const names = new Set<string>()
  for (const metric of await metrics().registry.getMetricsAsJSON()) {
    names.add(metric.name)
    if (String(metric.type) === 'histogram') for (const suffix of ['_bucket', '_count', '_sum']) names.add(metric.name + suffix)
  }
  return names
}

type Rule = { alert: string; expr: string; for?: string; labels?: Record<string, string>; annotations?: Record<string, string> }
const rules = (YAML.parse(readFileSync('ops/prometheus/alerts.yml', 'utf8')) as { groups: Array<{ name: string; rules: Rule[] }> }).groups.flatMap((group) => group.rules)
const rule = (name: string) => {
  const found = rules.find((r) => r.alert === name)
  if (!found) throw new Error(`no alert ${name} in ops/prometheus/alerts.yml`)
  return found
}

describe('alert rules', () => {
  it('reads metric names out of PromQL', () => {
    expect(metricNames('histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket{job="x", route!~"/api/(a|b)"}[5m]))) > 0.2')).toEqual([
      'http_request_duration_seconds_bucket',
    ])
    expect(metricNames('min(techplus_backup_age_seconds{job="techplus"}) > 26 * 3600 or up == 0')).toEqual(['techplus_backup_age_seconds', 'up'])
  })

  it('name only metrics that /api/metrics exports, or that the stack\'s other exporters do', async () => {
    const exported = await exportedNames()
    for (const { alert, expr } of rules) {
      const names = metricNames(expr)
      expect(names.length, alert).toBeGreaterThan(0)
      for (const name of names) expect(exported.has(name) || name in FROM_ELSEWHERE, `${alert}: ${name}`).toBe(true)
    }
  })

  it('each has a duration, a severity and a summary a person can act on', () => {
    for (const r of rules) {
      expect(r.for, r.alert).toMatch(/^\d+[smh]$/)
      expect(['page', 'warn'], r.alert).toContain(r.labels?.severity)
      expect(r.annotations?.summary, r.alert).toBeTruthy()
    }
  })

  it('cover 5xx answers, p95 over 200 ms, failed jobs, /api/ready answering 503, and the backup\'s age', () => {
    expect(rule('TechPlusServerErrors').expr).toMatch(/status=~"5\.\."/)
    expect(rule('TechPlusSlowRequests').expr).toMatch(/histogram_quantile\(0\.95,[^]*http_request_duration_seconds_bucket[^]*\) > 0\.2\s*$/)
    expect(rule('TechPlusFailedJobs').expr).toMatch(/techplus_job_queue\{[^}]*state="failed"/)
    expect(rule('TechPlusNotReady').expr).toMatch(/probe_success\{job="techplus-ready"\} == 0/)
    expect(rule('TechPlusBackupTooOld').expr).toMatch(/techplus_backup_age_seconds/)
  })

  it('probe /api/ready on every app node, expecting 200 and nothing else', () => {
    const prometheus = YAML.parse(readFileSync('ops/prometheus/prometheus.yml', 'utf8'))
    const job = prometheus.scrape_configs.find((j: { job_name: string }) => j.job_name === 'techplus-ready')
    expect(job.params.module).toEqual(['ready'])
    expect(job.relabel_configs.find((r: { target_label: string }) => r.target_label === '__param_target').replacement).toBe('http://${1}/api/ready')
    const blackbox = YAML.parse(readFileSync('ops/prometheus/blackbox.yml', 'utf8'))
    expect(blackbox.modules.ready.http.valid_status_codes).toEqual([200])
  })
})

describe('the Grafana dashboard, provisioned', () => {
  const dashboard = JSON.parse(readFileSync('ops/grafana/techplus.json', 'utf8'))

  it('finds its data source through a variable, so it loads from a file as well as by import', () => {
    const variable = dashboard.templating.list.find((v: { name: string }) => v.name === 'DS_PROMETHEUS')
    expect(variable).toMatchObject({ type: 'datasource', query: 'prometheus' })
    const datasources = YAML.parse(readFileSync('ops/grafana/provisioning/datasources/prometheus.yml', 'utf8')).datasources
    expect(datasources).toEqual([expect.objectContaining({ type: 'prometheus', url: 'http://prometheus:9090', isDefault: true })])
    const provider = YAML.parse(readFileSync('ops/grafana/provisioning/dashboards/techplus.yml', 'utf8')).providers[0]
    const compose = YAML.parse(readFileSync('docker-compose.yml', 'utf8'), { merge: true })
    expect(compose.services.grafana.volumes).toContain(`./ops/grafana/techplus.json:${provider.options.path}/techplus.json:ro`)
  })

  it('charts only metrics the app exports (and the readiness probe\'s), the backup age and readiness included', async () => {
    const exported = await exportedNames()
    const exprs: string[] = dashboard.panels.flatMap((p: { targets: Array<{ expr: string }> }) => p.targets.map((t) => t.expr))
    const names = exprs.flatMap((expr) => metricNames(expr.replace(/\$\w+/g, 'x')))
    expect(names.length).toBeGreaterThan(10)
    for (const name of names) expect(exported.has(name) || name === 'probe_success', name).toBe(true)
    expect(names).toEqual(expect.arrayContaining(['techplus_backup_age_seconds', 'probe_success']))
  })
})
