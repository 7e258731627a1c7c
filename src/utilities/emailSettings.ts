import type { NodemailerAdapterArgs } from '@payloadcms/email-nodemailer'
import nodemailer from 'nodemailer'
import path from 'node:path'

import { devMailbox } from './devMailbox'

type Env = Record<string, string | undefined>

/**
 * SMTP from the environment (SMTP_HOST, SMTP_PORT, SMTP_SECURE, SMTP_USER, SMTP_PASS,
 * SMTP_FROM_ADDRESS, SMTP_FROM_NAME). Without SMTP_HOST, mail lands in a local mailbox folder
 * (MAIL_DIR, default .data/mail) instead of the adapter reaching for an online test account.
 */
export function emailSettings(env: Env = process.env): NodemailerAdapterArgs {
  const defaults = {
    defaultFromAddress: env.SMTP_FROM_ADDRESS ?? 'reservations@techplus.local',
    defaultFromName: env.SMTP_FROM_NAME ?? 'TechPlus',
    // Verifying at boot would make a mail outage block the whole app; the send jobs retry instead.
    skipVerify: true,
  }
  if (!env.SMTP_HOST) {
    return { ...defaults, transport: nodemailer.createTransport(devMailbox(path.resolve(env.MAIL_DIR ?? '.data/mail'))) }
  }
  const port = Number(env.SMTP_PORT ?? 587)
  return {
    ...defaults,
    transportOptions: {
      host: env.SMTP_HOST,
      port,
      secure: env.SMTP_SECURE ? env.SMTP_SECURE === 'true' : port === 465,
      auth: env.SMTP_USER ? { user: env.SMTP_USER, pass: env.SMTP_PASS ?? '' } : undefined,
      // A hung server must fail the attempt (and let the job retry), not hold it for minutes.
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 20_000,
    },
  }
}
