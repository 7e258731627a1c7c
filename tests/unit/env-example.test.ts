import { readFileSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

/**
 * `.env.example` is the one list of settings an operator reads (README, Production): each name in
 * it must be read by something, and each setting the production code reads must be in it. Both
 * lists come from the files themselves, so a variable someone adds to the code fails here until it
 * is documented, and a documented one fails once nothing reads it.
 *
 * Production code: src, scripts (the server, the database wrapper, backup and restore),
 * payload.config.ts, next.config.mjs. Not bench/ (its BENCH_* knobs are documented with the
 * benchmark in README's Performance section) nor tests/ (their variables are the harness's).
 * Besides the code, docker-compose.yml and ops/Caddyfile read the stack's own settings.
 */

/** Read by the code but set by the runtime, never by an operator. */
const PROVIDED_BY_THE_RUNTIME: Record<string, string> = {
  NODE_ENV: 'set by Next (next build/start/dev), by scripts/server.mjs and by the Docker image',
  NEXT_PHASE: 'set by Next while it builds',
  NEXT_RUNTIME: 'set by Next in each of its runtimes (nodejs, edge)',
  PAYLOAD_MIGRATING: "set by Payload's own `payload migrate` command",
  PATH: "the system's search path, where scripts/backup looks for pg_dump",
  CI: 'set by CI runners',
}

const CODE = ['src', 'scripts', 'payload.config.ts', 'next.config.mjs']
const SOURCE = /\.(ts|tsx|mjs|js|cjs)$/

function files(entry: string): string[] {
  if (statSync(entry).isFile()) return SOURCE.test(entry) ? [entry] : []
  return readdirSync(entry).flatMap((name) => (name === 'node_modules' ? [] : files(path.join(entry, name))))
}

/** Without comments, so a name mentioned in prose is not taken for a read. */
const withoutComments = (text: string) => text.replace(/\/\*[^]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '')

/** The names a source file reads from an environment object, and the prefixes it reads by template. */
export function environmentReads(source: string): { names: Set<string>; prefixes: Set<string> } {
  const text = withoutComments(source)
  const names = new Set<string>()
  const prefixes = new Set<string>()
  // process.env.X, env.X, env?.X
  for (const [, name] of text.matchAll(/\benv\??\.([A-Z][A-Z0-9_]*)\b/g)) names.add(name!)
  // env['X']
  for (const [, name] of text.matchAll(/\benv\[\s*['"`]([A-Z][A-Z0-9_]*)['"`]\s*\]/g)) names.add(name!)
  // const { X, Y: y, Z = 'default' } = env (or process.env)
  for (const [, list] of text.matchAll(/\{([^{}]*)\}\s*=\s*(?:process\.)?env\b/g)) {
    for (const part of list!.split(',')) {
      const name = part.split(/[:=]/)[0]!.trim()
      if (/^[A-Z][A-Z0-9_]*$/.test(name)) names.add(name)
    }
  }
  // env[`RATE_LIMIT_${…}`]
  for (const [, prefix] of text.matchAll(/\benv\[\s*`([A-Z][A-Z0-9_]*)\$\{/g)) prefixes.add(prefix!)
  return { names, prefixes }
}

function readByTheCode() {
  const names = new Map<string, string>()
  const prefixes = new Map<string, string>()
  for (const file of CODE.flatMap(files)) {
    const reads = environmentReads(readFileSync(file, 'utf8'))
    for (const name of reads.names) if (!names.has(name)) names.set(name, file)
    for (const prefix of reads.prefixes) if (!prefixes.has(prefix)) prefixes.set(prefix, file)
  }
  return { names, prefixes }
}

/** ${NAME}, ${NAME:-x}, ${NAME:?x} in compose; {$NAME} and {$NAME:x} in the Caddyfile. */
function readByTheStack(): Set<string> {
  const compose = readFileSync('docker-compose.yml', 'utf8')
  const caddy = readFileSync('ops/Caddyfile', 'utf8')
  return new Set([...[...compose.matchAll(/\$\{([A-Z][A-Z0-9_]*)[:}?-]/g)].map((m) => m[1]!), ...[...caddy.matchAll(/\{\$([A-Z][A-Z0-9_]*)[:}]/g)].map((m) => m[1]!)])
}

/** Each `NAME=value` line of .env.example, commented out or not, with its comment. */
function documented(): Array<{ name: string; line: string; comment: string }> {
  return readFileSync('.env.example', 'utf8')
    .split('\n')
    .flatMap((line) => {
      const match = /^#?\s*([A-Z][A-Z0-9_]*)=[^#]*?(?:\s+#\s*(.*))?$/.exec(line)
      return match ? [{ name: match[1]!, line, comment: match[2] ?? '' }] : []
    })
}

describe('.env.example', () => {
  const example = documented()
  const code = readByTheCode()
  const stack = readByTheStack()

  it('finds the reads the code makes, in each form it makes them', () => {
    const reads = environmentReads(`
      const a = process.env.PLAIN
      const b = env.PASSED_IN ?? env?.OPTIONAL
      const { DESTRUCTURED: d, WITH_DEFAULT = 'x' } = env
      const c = env['QUOTED'] ?? env[\`BUDGET_\${name}\`]
      // process.env.IN_A_COMMENT
    `)
    expect([...reads.names].sort()).toEqual(['DESTRUCTURED', 'OPTIONAL', 'PASSED_IN', 'PLAIN', 'QUOTED', 'WITH_DEFAULT'])
    expect([...reads.prefixes]).toEqual(['BUDGET_'])
    // The scan really sees this code base's reads, not an empty list.
    expect(code.names.size).toBeGreaterThan(30)
    expect(code.names.get('SMS_ACCOUNT_SID')).toBe('src/plugins/reservations/notifications/sms/index.ts')
    expect(stack).toContain('SITE_ADDRESS')
  })

  it('documents every setting the production code reads', () => {
    const names = new Set(example.map((e) => e.name))
    const missing = [...code.names].filter(([name]) => !names.has(name) && !(name in PROVIDED_BY_THE_RUNTIME)).map(([name, file]) => `${name} (${file})`)
    expect(missing, 'read by the code but not in .env.example').toEqual([])
    for (const [prefix, file] of code.prefixes) {
      expect(example.some((e) => e.name.startsWith(prefix)), `${prefix}… (${file}) has no example in .env.example`).toBe(true)
    }
  })

  it('holds nothing that nothing reads', () => {
    const unread = example
      .map((e) => e.name)
      .filter((name) => !code.names.has(name) && !stack.has(name) && ![...code.prefixes.keys()].some((prefix) => name.startsWith(prefix)))
    expect(unread, 'in .env.example but read by neither the code, docker-compose.yml nor ops/Caddyfile').toEqual([])
  })

  it('says in one line what each setting does, once', () => {
    for (const { name, comment } of example) expect(comment.length, `${name} has no comment`).toBeGreaterThan(8)
    const names = example.map((e) => e.name)
    expect(names.filter((name, i) => names.indexOf(name) !== i), 'listed twice').toEqual([])
  })

  it('keeps its allow-list honest: each runtime variable is really read somewhere', () => {
    const unused = Object.keys(PROVIDED_BY_THE_RUNTIME).filter((name) => !code.names.has(name) && !['NEXT_RUNTIME', 'CI'].includes(name))
    expect(unused).toEqual([])
  })
})
