'use client'

type ErrorBody = { errors?: { message: string; data?: { errors?: { message: string }[] } }[] }

/**
 * A write from a staff view with the signed-in user's cookie. The answer carries the reason of a
 * refusal as staff should read it: a field's message when Payload's validation names one.
 */
export async function sendJson<T = unknown>(method: 'POST' | 'PATCH', url: string, body: unknown): Promise<{ ok: boolean; data: T | null; reason: string }> {
  const res = await fetch(url, { method, credentials: 'include', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) })
  const json = (await res.json().catch(() => null)) as (T & ErrorBody) | null
  const first = json?.errors?.[0]
  return { ok: res.ok, data: res.ok ? json : null, reason: first?.data?.errors?.[0]?.message ?? first?.message ?? `Refused (${res.status})` }
}
