import type { PayloadRequest } from 'payload'

import { worksFor } from '../../../infrastructure/access/roles'
import { canMove } from '../../../domain/reservations/transitions'
import type { ReservationStatus } from '../../../domain/reservations/status'
import type { Reservation } from '../../../payload-types'
import { BookingError } from '../../../infrastructure/http/respond'
import { inTransaction } from '../../../infrastructure/db/transaction'

/**
 * Moves one booking to a new status for a member of staff: the one place both the dashboard's
 * status button and the list's bulk actions go through. A normal update underneath, so the same
 * access rules, hooks (tables freed, guest told, refunds per policy, visit counts) and audit trail
 * apply as to an edit in the admin. Its own transaction: one refused booking never undoes another.
 */
export async function moveReservation(req: PayloadRequest, id: number, status: ReservationStatus, from: string, checkout: { spendMinor?: number } = {}): Promise<Reservation> {
  if (!req.user) throw new BookingError(401, 'unauthorized')
  const reservation = (await req.payload
    .findByID({ collection: 'reservations', id, depth: 0, req, overrideAccess: false, user: req.user })
    .catch(() => null)) as Reservation | null
  // Another restaurant's booking is "not found": staff learn nothing about it.
  if (!reservation || !worksFor(req.user, reservation.restaurant, 'host')) throw new BookingError(404, 'reservation_not_found')
  if (!canMove(reservation.status, status)) throw new BookingError(409, 'invalid_transition', 'status', { from: reservation.status, to: status })
  try {
    return await inTransaction(req, () =>
      req.payload.update({
        collection: 'reservations',
        id,
        data: {
          status,
          // Confirmed by staff: the unpaid hold no longer applies (the deposit was settled another way).
          ...(status === 'confirmed' ? { holdExpiresAt: null } : {}),
          ...(status === 'cancelled' ? { cancellation: { cancelledBy: 'staff' as const, reason: `Cancelled from ${from}` } } : {}),
          // The spend entered at checkout; completing without one leaves the field as it was.
          ...(status === 'completed' && checkout.spendMinor !== undefined ? { spendMinor: checkout.spendMinor } : {}),
        },
        req,
        overrideAccess: false,
        user: req.user,
        context: { bookingChecked: true },
      }),
    )
  } catch (error) {
    // A lapsed hold whose table went to someone else: the database refuses to book it twice.
    if ((error as { status?: number }).status === 409) throw new BookingError(409, 'table_taken')
    throw error
  }
}
