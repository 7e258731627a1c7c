import { spawn } from 'node:child_process'
import path from 'node:path'

export interface LighthouseResult {
  path: string
  performance: number
  accessibility: number
  bestPractices: number
  seo: number
  fcp: number
  lcp: number
  cls: number
  tbt: number
}

const CHROME_FLAGS = '--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking --disable-component-update --no-first-run'

/**
 * How slow 4G and the 4x slower phone CPU are applied. `simulate` (Lighthouse's default) loads the page at
 * full speed and estimates the slow load from that trace; `devtools` slows every request and the CPU while
 * the page loads, and reports what was observed.
 */
export type Throttling = 'simulate' | 'devtools'

/** Lighthouse's mobile audit (emulated Moto G, slow 4G) of one page, scores out of 100. */
export function lighthouse(base: string, pagePath: string, throttling: Throttling = 'simulate'): Promise<LighthouseResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      path.resolve('node_modules/.bin/lighthouse'),
      [`${base}${pagePath}`, '--output=json', '--output-path=stdout', '--quiet', `--throttling-method=${throttling}`, `--chrome-flags=${CHROME_FLAGS}`, '--only-categories=performance,accessibility,best-practices,seo'],
      { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' }, stdio: ['ignore', 'pipe', 'pipe'] },
    )
    let out = ''
    child.stdout.on('data', (chunk) => (out += chunk))
    child.on('exit', (code) => {
      try {
        const report = JSON.parse(out)
        const score = (id: string) => Math.round((report.categories[id]?.score ?? 0) * 100)
        const audit = (id: string) => report.audits[id]?.numericValue ?? NaN
        resolve({
          path: pagePath,
          performance: score('performance'),
          accessibility: score('accessibility'),
          bestPractices: score('best-practices'),
          seo: score('seo'),
          fcp: audit('first-contentful-paint'),
          lcp: audit('largest-contentful-paint'),
          cls: audit('cumulative-layout-shift'),
          tbt: audit('total-blocking-time'),
        })
      } catch {
        reject(new Error(`lighthouse exited with ${code} and no report`))
      }
    })
  })
}
