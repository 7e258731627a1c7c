/** Sends JSON to one of the account endpoints; answers with the status and the parsed body. */
export async function sendJson(url: string, method: 'POST' | 'DELETE', body: unknown = {}) {
  try {
    const res = await fetch(url, { method, headers: { 'Content-Type': 'application/json', Accept: 'application/json' }, body: JSON.stringify(body) })
    const json = (await res.json().catch(() => null)) as { errors?: Array<{ message: string; field?: string; code?: string; params?: Record<string, string | number> }> } | null
    return { ok: res.ok, status: res.status, json }
  } catch {
    return { ok: false, status: 0, json: null }
  }
}
