import type { Config, TaskConfig } from 'payload'

import { traced } from '../../../infrastructure/ops/jobs'

import { availabilityFeedTask } from '../feed/task'
import { aggregateFunnelTask } from '../funnel/task'
import { applyPaymentEventTask } from '../payments/events'
import { reconcileDepositsTask } from '../payments/reconcile'
import { refundDepositTask } from '../payments/refund'
import type { ResolvedReservationsPluginOptions } from '../types'
import { pruneWebhookDeliveriesTask } from '../webhooks/prune'
import { deliverWebhookTask } from '../webhooks/task'
import { sendMessageTask } from './tasks/sendMessage'
import { sendRemindersTask } from './tasks/sendReminders'
import { requestFeedbackTask, sendDailyReportsTask } from './tasks/feedbackAndReports'

type AnyTask = TaskConfig<{ input: never; output: never }>

/** The plugin's retry delay (options.email.retryDelayMs) in place of each task's default backoff. */
function withRetryDelay(task: AnyTask, delay: number): AnyTask {
  const retries = task.retries
  if (typeof retries !== 'object' || !retries.backoff) return task
  return { ...task, retries: { ...retries, backoff: { ...retries.backoff, delay } } }
}

/**
 * Registers the notification, payment and webhook jobs beside whatever jobs the app already has. Each runs in
 * the context of the request that queued it (request id in its log lines) and is counted. Disabled,
 * the tasks stay declared (the jobs table's schema does not change) but none is scheduled.
 */
export function withNotificationJobs(config: Config, options: ResolvedReservationsPluginOptions): Config['jobs'] {
  const tasks = ([sendMessageTask, sendRemindersTask, reconcileDepositsTask, applyPaymentEventTask, refundDepositTask, availabilityFeedTask, deliverWebhookTask, pruneWebhookDeliveriesTask, requestFeedbackTask, sendDailyReportsTask, aggregateFunnelTask] as unknown as AnyTask[])
    .map((task) => withRetryDelay(task, options.email.retryDelayMs))
    .map((task) => (options.enabled ? task : { ...task, schedule: undefined }))
    .map(traced)
  return { ...config.jobs, tasks: [...(config.jobs?.tasks ?? []), ...(tasks as NonNullable<Config['jobs']>['tasks'] & object)] }
}
