import type { PayloadRequest } from 'payload'

import { relationId, worksFor } from '../../../infrastructure/access/roles'
import { mergedProfile } from '../../../domain/guests/merge'
import type { Guest } from '../../../payload-types'
import { execute, sql } from '../../../infrastructure/db/execute'
import { BookingError } from '../../../infrastructure/http/respond'
import { inTransaction } from '../../../infrastructure/db/transaction'
import { guestFigures } from './guestFigures'

const restaurantsOf = (guest: Guest) => (guest.restaurants ?? []).map((r) => Number(relationId(r))).filter(Number.isFinite)

async function visibleGuest(req: PayloadRequest, id: number): Promise<Guest> {
  const guest = (await req.payload.findByID({ collection: 'guests', id, depth: 0, req, overrideAccess: false, user: req.user }).catch(() => null)) as Guest | null
  // Guests of restaurants the user does not work for are "not found": staff learn nothing about them.
  if (!guest) throw new BookingError(404, 'guest_not_found')
  return guest
}

/**
 * Folds the duplicate profile into the kept one, in one transaction: bookings, waitlist entries
 * (and with them the messages sent about them) move over, tags and restaurants are united, notes
 * and allergies the kept profile lacks are appended, counts are recounted from the bookings, the
 * duplicate is deleted and the merge is recorded in the audit log. The kept email stays.
 */
export async function mergeGuests(req: PayloadRequest, keptId: number, duplicateId: number): Promise<Guest> {
  if (!req.user) throw new BookingError(401, 'unauthorized')
  if (keptId === duplicateId) throw new BookingError(422, 'same_guest', 'duplicate')
  const kept = await visibleGuest(req, keptId)
  const duplicate = await visibleGuest(req, duplicateId)
  const booked = await execute(req, sql`SELECT DISTINCT restaurant_id FROM reservations WHERE guest_id = ${duplicateId} AND restaurant_id IS NOT NULL`)
  const restaurants = [...new Set([...restaurantsOf(duplicate), ...booked.map((r) => Number(r.restaurant_id))])]
  // Merging rewrites the duplicate's history everywhere it booked: a manager's call at each of those restaurants.
  if (!restaurants.every((id) => worksFor(req.user, id, 'manager'))) {
    throw new BookingError(403, 'merge_forbidden')
  }

  await inTransaction(req, async () => {
    // Two merges of the same guests at once: the second waits, then finds the duplicate gone.
    const locked = await execute(req, sql`SELECT id FROM guests WHERE id IN (${keptId}, ${duplicateId}) ORDER BY id FOR UPDATE`)
    if (locked.length !== 2) throw new BookingError(404, 'guest_not_found')
    await execute(req, sql`UPDATE reservations SET guest_id = ${keptId} WHERE guest_id = ${duplicateId}`)
    // The booking history (versions) keeps pointing at the guest, not at a deleted profile.
    await execute(req, sql`UPDATE _reservations_v SET version_guest_id = ${keptId} WHERE version_guest_id = ${duplicateId}`)
    await execute(req, sql`UPDATE waitlist SET guest_id = ${keptId} WHERE guest_id = ${duplicateId}`)
    const profile = mergedProfile(
      { ...kept, restaurants: restaurantsOf(kept) },
      { ...duplicate, restaurants: restaurants },
    )
    const { visitCount, noShowCount } = await guestFigures(req, keptId)
    await req.payload.delete({ collection: 'guests', id: duplicateId, req, overrideAccess: true })
    await req.payload.update({
      collection: 'guests',
      id: keptId,
      data: {
        phone: profile.phone,
        tags: profile.tags as Guest['tags'],
        allergies: profile.allergies,
        notes: profile.notes,
        restaurants: profile.restaurants as number[],
        visitCount,
        noShowCount,
        marketingConsent: Boolean(kept.marketingConsent),
      },
      req,
      overrideAccess: true,
    })
    await req.payload.create({
      collection: 'audit-log',
      data: {
        action: 'merge',
        entity: 'guests',
        entityId: String(keptId),
        summary: `Merged guest ${duplicate.name} <${duplicate.email}> (#${duplicateId}) into ${kept.name} <${kept.email}> (#${keptId})`,
        actor: Number(req.user!.id),
        restaurant: restaurants[0] ?? restaurantsOf(kept)[0],
        changes: { kept: keptId, merged: duplicateId, mergedEmail: duplicate.email },
      },
      req,
      overrideAccess: true,
    })
  })
  return (await req.payload.findByID({ collection: 'guests', id: keptId, depth: 0, req, overrideAccess: true })) as Guest
}
