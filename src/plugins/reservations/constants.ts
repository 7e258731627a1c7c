/**
 * The values of the plugin's selects. Their labels are words of the admin, in each language's
 * dictionary (translations/): `options('status', RESERVATION_STATUSES)` pairs them.
 */
export const DAYS_OF_WEEK = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const

export const RESERVATION_STATUSES = ['pending_payment', 'confirmed', 'seated', 'completed', 'cancelled', 'no_show'] as const

export const RESERVATION_SOURCES = ['online', 'phone', 'walk_in', 'staff', 'api'] as const

export const DEPOSIT_STATUSES = ['none', 'pending', 'paid', 'refunded', 'partially_refunded', 'failed'] as const

export const OCCASIONS = ['birthday', 'anniversary', 'business', 'date', 'celebration', 'other'] as const

/** Each language named in itself, as language pickers do: the same in every admin language. */
export const LOCALES = [
  { label: 'Français', value: 'fr' },
  { label: 'English', value: 'en' },
]

export const CURRENCIES = ['EUR', 'USD', 'GBP', 'CHF', 'CAD'].map((value) => ({ label: value, value }))

export const TABLE_AREAS = ['dining_room', 'terrace', 'bar', 'private_room'] as const

export const GUEST_TAGS = ['vip', 'regular', 'press', 'friend', 'difficult'] as const

/**
 * What an integration key may be used for (issue 22's contract): read availability, book, change
 * and cancel the bookings it made, read its restaurants' reservations, read the aggregator feed.
 */
export const INTEGRATION_SCOPES = ['availability:read', 'bookings:write', 'bookings:manage', 'reservations:read', 'feed:read'] as const

/**
 * How a scope is stored on the key (`scopes` select): `availability_read` for `availability:read`.
 * GraphQL builds an enum of a select's values and refuses a colon in an enum name (Payload 3.89's
 * `formatName` keeps it), which would take down the whole GraphQL schema.
 */
export const storedScope = (scope: (typeof INTEGRATION_SCOPES)[number]) => scope.replace(':', '_') as StoredScope
export type StoredScope = 'availability_read' | 'bookings_write' | 'bookings_manage' | 'reservations_read' | 'feed_read'
export const STORED_INTEGRATION_SCOPES = INTEGRATION_SCOPES.map(storedScope)
