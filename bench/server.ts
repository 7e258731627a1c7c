/** Polls `url` until it answers 2xx: the production server is up, migrated and seeded. */
export async function waitFor(url: string, timeoutMs: number) {
  const until = Date.now() + timeoutMs
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000}s`)
}

/** POST JSON to the app (optionally as a signed-in user); the status and the parsed answer. */
export async function post(base: string, route: string, body: unknown, token?: string) {
  const res = await fetch(`${base}${route}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `JWT ${token}` } : {}) },
    body: JSON.stringify(body),
  })
  return { status: res.status, body: (await res.json()) as any }
}

/**
 * Waits until the app's job runner has sent every queued job (the notification emails of the
 * bookings made so far), so the next route is measured without the previous one's background work.
 * Returns how many were waiting and how long they took. Only sends count: the scheduled jobs
 * (reminders, deposit reconciliation) always wait for their next run.
 */
export async function drainJobs(base: string, adminToken: string, timeoutMs = 900_000): Promise<{ jobs: number; seconds: number }> {
  const pending = async () => {
    const res = await fetch(`${base}/api/payload-jobs?limit=1&depth=0&where[taskSlug][equals]=sendMessage&where[completedAt][exists]=false&where[hasError][not_equals]=true`, {
      headers: { Authorization: `JWT ${adminToken}` },
    })
    return ((await res.json()) as { totalDocs: number }).totalDocs
  }
  const started = Date.now()
  const jobs = await pending()
  for (let left = jobs; left > 0; left = await pending()) {
    if (Date.now() - started > timeoutMs) throw new Error(`${left} jobs still queued after ${timeoutMs / 1000}s`)
    await new Promise((r) => setTimeout(r, 2000))
  }
  return { jobs, seconds: (Date.now() - started) / 1000 }
}

/**
 * Waits until the server answers /api/health at once again (three answers under 20 ms in a row):
 * a run at full speed leaves requests its clients gave up on, which the server still renders, and
 * the next route must not be measured behind them.
 */
export async function settle(base: string, timeoutMs = 120_000): Promise<void> {
  const until = Date.now() + timeoutMs
  for (let fast = 0; fast < 3; ) {
    if (Date.now() > until) throw new Error(`the server was still busy after ${timeoutMs / 1000}s`)
    const started = performance.now()
    await fetch(`${base}/api/health`)
    fast = performance.now() - started < 20 ? fast + 1 : 0
    await new Promise((r) => setTimeout(r, 200))
  }
}
