import type { Config } from 'payload'

import { expireUnpaidHoldsTask } from './tasks/expireUnpaidHolds'
import { sendMessageTask } from './tasks/sendMessage'
import { sendRemindersTask } from './tasks/sendReminders'

export const notificationTasks = [sendMessageTask, sendRemindersTask, expireUnpaidHoldsTask]

/** Registers the notification jobs beside whatever jobs the app already has. */
export function withNotificationJobs(config: Config): Config['jobs'] {
  return { ...config.jobs, tasks: [...(config.jobs?.tasks ?? []), ...(notificationTasks as NonNullable<Config['jobs']>['tasks'] & object)] }
}
