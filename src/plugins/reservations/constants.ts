export const DAYS_OF_WEEK = [
  { label: 'Monday', value: 'mon' },
  { label: 'Tuesday', value: 'tue' },
  { label: 'Wednesday', value: 'wed' },
  { label: 'Thursday', value: 'thu' },
  { label: 'Friday', value: 'fri' },
  { label: 'Saturday', value: 'sat' },
  { label: 'Sunday', value: 'sun' },
]

export const RESERVATION_STATUSES = [
  { label: 'Pending payment', value: 'pending_payment' },
  { label: 'Confirmed', value: 'confirmed' },
  { label: 'Seated', value: 'seated' },
  { label: 'Completed', value: 'completed' },
  { label: 'Cancelled', value: 'cancelled' },
  { label: 'No-show', value: 'no_show' },
]

export const RESERVATION_SOURCES = [
  { label: 'Online', value: 'online' },
  { label: 'Phone', value: 'phone' },
  { label: 'Walk-in', value: 'walk_in' },
  { label: 'Staff', value: 'staff' },
  { label: 'API', value: 'api' },
]

export const DEPOSIT_STATUSES = [
  { label: 'None', value: 'none' },
  { label: 'Pending', value: 'pending' },
  { label: 'Paid', value: 'paid' },
  { label: 'Refunded', value: 'refunded' },
  { label: 'Partially refunded', value: 'partially_refunded' },
  { label: 'Failed', value: 'failed' },
]

export const OCCASIONS = [
  { label: 'Birthday', value: 'birthday' },
  { label: 'Anniversary', value: 'anniversary' },
  { label: 'Business', value: 'business' },
  { label: 'Date', value: 'date' },
  { label: 'Celebration', value: 'celebration' },
  { label: 'Other', value: 'other' },
]

export const LOCALES = [
  { label: 'Français', value: 'fr' },
  { label: 'English', value: 'en' },
]

export const CURRENCIES = ['EUR', 'USD', 'GBP', 'CHF', 'CAD'].map((value) => ({ label: value, value }))

export const ADMIN_GROUP = { reservations: { en: 'Reservations', fr: 'Réservations' }, restaurant: { en: 'Restaurant', fr: 'Restaurant' } }

export const TABLE_AREAS = [
  { label: 'Dining room', value: 'dining_room' },
  { label: 'Terrace', value: 'terrace' },
  { label: 'Bar', value: 'bar' },
  { label: 'Private room', value: 'private_room' },
]
