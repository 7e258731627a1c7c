import { inEveryLanguage } from '../translations'

/** Where the plugin's collections sit in the admin's navigation (Payload takes a group only as `{ en, fr }`). */
export const ADMIN_GROUP = {
  reservations: inEveryLanguage((words) => words.groups.reservations),
  restaurant: inEveryLanguage((words) => words.groups.restaurant),
}
