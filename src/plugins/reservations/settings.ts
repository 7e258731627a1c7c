import type { Payload } from 'payload'

import type { ResolvedReservationsPluginOptions } from './types'

/** Where the plugin keeps its options: `config.custom` is server-only (never sent to the admin's browser). */
export const SETTINGS_KEY = 'reservations'

/** The options this server's plugin was configured with: read at run time from the Payload config. */
export function settingsOf(payload: Pick<Payload, 'config'>): ResolvedReservationsPluginOptions {
  const settings = (payload.config.custom as Record<string, unknown> | undefined)?.[SETTINGS_KEY]
  if (!settings) throw new Error('The reservations plugin is not part of this Payload config')
  return settings as ResolvedReservationsPluginOptions
}
