import config from '@payload-config'
import { getPayload } from 'payload'

/** The Local API for server components: one Payload per process, cached by Payload itself. */
export const getPayloadClient = () => getPayload({ config })
