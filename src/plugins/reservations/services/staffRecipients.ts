import type { PayloadRequest } from 'payload'

import { execute, sql } from '../../../infrastructure/db/execute'

export interface StaffRecipient {
  id: number
  email: string
  role: 'owner' | 'manager'
  /** the language the user chose for the admin (Payload keeps it in their preferences), French by default */
  language: 'fr' | 'en'
}

/**
 * The active owners (and, unless `ownersOnly`, managers) of a restaurant, each with the admin
 * language they chose: the people a low score or the morning report goes to.
 */
export async function managersOf(req: PayloadRequest, restaurantId: number, { ownersOnly = false } = {}): Promise<StaffRecipient[]> {
  const roles = ownersOnly ? sql`r.value = 'owner'` : sql`r.value IN ('owner', 'manager')`
  const rows = await execute(
    req,
    sql`SELECT u.id, u.email,
               bool_or(r.value = 'owner') AS is_owner,
               (SELECT p.value #>> '{}' FROM payload_preferences p
                  JOIN payload_preferences_rels pr ON pr.parent_id = p.id AND pr.users_id = u.id
                 WHERE p.key = 'language' ORDER BY p.updated_at DESC LIMIT 1) AS language
        FROM users u
        JOIN users_roles r ON r.parent_id = u.id
        JOIN users_rels ur ON ur.parent_id = u.id AND ur.path = 'restaurants' AND ur.restaurants_id = ${restaurantId}
        WHERE NOT coalesce(u.disabled, false) AND ${roles}
        GROUP BY u.id, u.email
        ORDER BY u.id`,
  )
  return rows.map((row) => ({
    id: Number(row.id),
    email: String(row.email),
    role: row.is_owner ? 'owner' : 'manager',
    language: row.language === 'en' ? 'en' : 'fr',
  }))
}
