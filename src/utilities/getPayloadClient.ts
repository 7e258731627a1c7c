import config from '@payload-config'
import { getPayload } from 'payload'

/**
 * The Local API for server components: one Payload per process, cached by Payload itself. `cron`
 * starts the job runner (emails, reminders) whichever request initialises Payload first.
 */
export const getPayloadClient = () => getPayload({ config, cron: true })
