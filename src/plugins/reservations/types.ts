export interface ReservationsPluginOptions {
  /**
   * Turn the plugin's behaviour off (endpoints, jobs) while keeping its collections,
   * so the database schema and migrations do not change with the switch.
   */
  enabled?: boolean
  /** Time zone new restaurants start with. */
  defaultTimeZone?: string
}

export type ResolvedReservationsPluginOptions = Required<ReservationsPluginOptions>

export const resolveOptions = (options: ReservationsPluginOptions = {}): ResolvedReservationsPluginOptions => ({
  enabled: options.enabled ?? true,
  defaultTimeZone: options.defaultTimeZone ?? 'Europe/Paris',
})
