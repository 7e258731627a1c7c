import type { Payload } from 'payload'

import { settingsOf } from '../../settings'
import type { SmsProvider } from '../../types'

export type { SmsProvider }

type Env = Record<string, string | undefined>

/**
 * A Twilio-compatible HTTP adapter (Twilio's Messages API, which several providers also speak).
 * SMS_API_BASE points it at another host, e.g. the local server the tests start.
 */
export function twilioSms(options: { accountSid: string; authToken: string; from: string; apiBase?: string }): SmsProvider {
  const base = (options.apiBase ?? 'https://api.twilio.com').replace(/\/$/, '')
  const auth = Buffer.from(`${options.accountSid}:${options.authToken}`).toString('base64')
  return {
    name: 'twilio',
    async send({ to, body }) {
      const response = await fetch(`${base}/2010-04-01/Accounts/${encodeURIComponent(options.accountSid)}/Messages.json`, {
        method: 'POST',
        headers: { Authorization: `Basic ${auth}`, 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ To: to, From: options.from, Body: body }),
        signal: AbortSignal.timeout(15_000),
      })
      const payload = (await response.json().catch(() => ({}))) as { sid?: string; message?: string; code?: number }
      if (!response.ok || !payload.sid) {
        throw new Error(`SMS refused (${response.status}${payload.code ? ` / ${payload.code}` : ''}): ${payload.message ?? 'no reason given'}`)
      }
      return { id: payload.sid }
    },
  }
}

/** SMS is off unless SMS_ACCOUNT_SID, SMS_AUTH_TOKEN and SMS_FROM are all set. */
export function smsFromEnv(env: Env = process.env): SmsProvider | null {
  const { SMS_ACCOUNT_SID: accountSid, SMS_AUTH_TOKEN: authToken, SMS_FROM: from } = env
  if (!accountSid || !authToken || !from) return null
  return twilioSms({ accountSid, authToken, from, apiBase: env.SMS_API_BASE })
}

/** The SMS provider the plugin was given, or null: SMS off (or the plugin disabled). */
export function smsOf(payload: Pick<Payload, 'config'>): SmsProvider | null {
  const settings = settingsOf(payload)
  return settings.enabled ? settings.sms : null
}
