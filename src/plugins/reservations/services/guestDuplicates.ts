import type { PayloadRequest } from 'payload'

import { isAdmin, restaurantIdsOf } from '../../../infrastructure/access/roles'
import { execute, sql } from '../../../infrastructure/db/execute'

export interface PossibleDuplicate {
  id: number
  name: string
  email: string
  phone: string | null
  visitCount: number
  reason: 'phone' | 'name'
}

// "Marie-Hélène  Dupont" and "marie helene dupont" are the same name: accents, case and punctuation aside.
const normalisedName = (column: ReturnType<typeof sql>) =>
  sql`trim(regexp_replace(lower(translate(${column}, 'ÀÂÄÁÃÉÈÊËÍÌÎÏÓÒÔÖÕÚÙÛÜÇÑàâäáãéèêëíìîïóòôöõúùûüçñÿ', 'AAAAAEEEEIIIIOOOOOUUUUCNaaaaaeeeeiiiiooooouuuucny')), '[^a-z]+', ' ', 'g'))`
// "+33 6 12 34 56 78" and "06 12 34 56 78" are the same phone: compare the last nine digits.
const phoneKey = (column: ReturnType<typeof sql>) => sql`right(regexp_replace(coalesce(${column}, ''), '[^0-9]', '', 'g'), 9)`

/**
 * Other guests of the same restaurants (those the user works for) with the same phone or the same
 * normalised name: candidates for a merge, found by the database, at most twenty.
 */
export async function possibleDuplicates(req: PayloadRequest, guestId: number, restaurantIds: number[]): Promise<PossibleDuplicate[]> {
  const visible = isAdmin(req.user) ? restaurantIds : restaurantIds.filter((id) => restaurantIdsOf(req.user).map(String).includes(String(id)))
  if (visible.length === 0) return []
  const rows = await execute(
    req,
    sql`SELECT g.id, g.name, g.email, g.phone, coalesce(g.visit_count, 0)::int AS visit_count,
               CASE WHEN length(${phoneKey(sql`k.phone`)}) = 9 AND ${phoneKey(sql`g.phone`)} = ${phoneKey(sql`k.phone`)} THEN 'phone' ELSE 'name' END AS reason
        FROM guests g JOIN guests k ON k.id = ${guestId}
        WHERE g.id <> k.id
          AND ((length(${phoneKey(sql`k.phone`)}) = 9 AND ${phoneKey(sql`g.phone`)} = ${phoneKey(sql`k.phone`)})
               OR ${normalisedName(sql`g.name`)} = ${normalisedName(sql`k.name`)})
          AND EXISTS (SELECT 1 FROM guests_rels r WHERE r.parent_id = g.id AND r.path = 'restaurants'
                      AND r.restaurants_id IN (${sql.join(visible.map((id) => sql`${id}`), sql`, `)}))
        ORDER BY g.name, g.id
        LIMIT 20`,
  )
  return rows.map((r) => ({
    id: Number(r.id),
    name: String(r.name),
    email: String(r.email),
    phone: (r.phone as string | null) ?? null,
    visitCount: Number(r.visit_count),
    reason: r.reason as 'phone' | 'name',
  }))
}
