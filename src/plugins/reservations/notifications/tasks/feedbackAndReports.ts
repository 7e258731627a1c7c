import type { TaskConfig } from 'payload'

import { sendDailyReports } from '../../services/dailyReport'
import { requestFeedback } from '../../services/feedback'

export const REQUEST_FEEDBACK_TASK = 'requestFeedback'
export const SEND_DAILY_REPORTS_TASK = 'sendDailyReports'

/** `at` lets a test (or an operator replaying a missed morning) say what "now" is; the schedule gives none. */
const atInput = [{ name: 'at', type: 'text' as const }]
const nowOf = (input: { at?: string | null } | undefined) => (input?.at ? new Date(input.at) : new Date())

/**
 * Every quarter of an hour: visits completed yesterday whose restaurant's morning has come get
 * their feedback email (services/feedback.ts: once per visit, whatever the number of runs).
 */
export const requestFeedbackTask: TaskConfig<{ input: { at?: string | null }; output: { queued: number } }> = {
  slug: REQUEST_FEEDBACK_TASK,
  label: 'Ask yesterday’s guests for feedback',
  schedule: [{ cron: '*/15 * * * *', queue: 'default' }],
  inputSchema: atInput,
  outputSchema: [{ name: 'queued', type: 'number', required: true }],
  handler: async ({ input, req }) => ({ output: { queued: await requestFeedback(req, nowOf(input)) } }),
}

/** Every quarter of an hour: restaurants whose morning has come get their daily report (once a day). */
export const sendDailyReportsTask: TaskConfig<{ input: { at?: string | null }; output: { queued: number } }> = {
  slug: SEND_DAILY_REPORTS_TASK,
  label: 'Send the owners’ daily report',
  schedule: [{ cron: '*/15 * * * *', queue: 'default' }],
  inputSchema: atInput,
  outputSchema: [{ name: 'queued', type: 'number', required: true }],
  handler: async ({ input, req }) => ({ output: { queued: await sendDailyReports(req, nowOf(input)) } }),
}
