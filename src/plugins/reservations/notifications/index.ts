import type { Config } from 'payload'

import { applyPaymentEventTask } from '../payments/events'
import { reconcileDepositsTask } from '../payments/reconcile'
import { refundDepositTask } from '../payments/refund'
import { sendMessageTask } from './tasks/sendMessage'
import { sendRemindersTask } from './tasks/sendReminders'

export const notificationTasks = [sendMessageTask, sendRemindersTask, reconcileDepositsTask, applyPaymentEventTask, refundDepositTask]

/** Registers the notification and payment jobs beside whatever jobs the app already has. */
export function withNotificationJobs(config: Config): Config['jobs'] {
  return { ...config.jobs, tasks: [...(config.jobs?.tasks ?? []), ...(notificationTasks as NonNullable<Config['jobs']>['tasks'] & object)] }
}
