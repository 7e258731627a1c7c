import type { Config } from 'payload'

import { traced } from '../../../infrastructure/ops/jobs'

import { applyPaymentEventTask } from '../payments/events'
import { reconcileDepositsTask } from '../payments/reconcile'
import { refundDepositTask } from '../payments/refund'
import { sendMessageTask } from './tasks/sendMessage'
import { sendRemindersTask } from './tasks/sendReminders'

// Each runs in the context of the request that queued it (request id in its log lines) and is counted.
export const notificationTasks = [sendMessageTask, sendRemindersTask, reconcileDepositsTask, applyPaymentEventTask, refundDepositTask].map(traced)

/** Registers the notification and payment jobs beside whatever jobs the app already has. */
export function withNotificationJobs(config: Config): Config['jobs'] {
  return { ...config.jobs, tasks: [...(config.jobs?.tasks ?? []), ...(notificationTasks as NonNullable<Config['jobs']>['tasks'] & object)] }
}
