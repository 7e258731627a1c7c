import type { NodemailerAdapterArgs } from '@payloadcms/email-nodemailer'

type Env = Record<string, string | undefined>

/**
 * SMTP from the environment. Without SMTP_HOST, mail is rendered to JSON and dropped (logged in
 * development) instead of letting the adapter reach for an online test account.
 */
export function emailSettings(env: Env = process.env): NodemailerAdapterArgs {
  const defaults = {
    defaultFromAddress: env.SMTP_FROM_ADDRESS ?? 'reservations@techplus.local',
    defaultFromName: env.SMTP_FROM_NAME ?? 'TechPlus',
  }
  if (!env.SMTP_HOST) {
    return { ...defaults, skipVerify: true, transportOptions: { jsonTransport: true } }
  }
  const port = Number(env.SMTP_PORT ?? 587)
  return {
    ...defaults,
    // Verifying at boot would make a mail outage block the whole app; sending retries instead.
    skipVerify: true,
    transportOptions: {
      host: env.SMTP_HOST,
      port,
      secure: env.SMTP_SECURE ? env.SMTP_SECURE === 'true' : port === 465,
      auth: env.SMTP_USER ? { user: env.SMTP_USER, pass: env.SMTP_PASS ?? '' } : undefined,
    },
  }
}
