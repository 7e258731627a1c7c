import type { Access } from 'payload'

import { restaurantScoped } from '../../../../infrastructure/access'
import { integrationReadConstraint } from '../../access/integrations'

const staffRead = restaurantScoped('host')

/**
 * Personal data: never anonymous. Staff read their restaurants' bookings; a partner's key with
 * `reservations:read` reads its restaurants' bookings over REST and GraphQL (its own and the others').
 */
export const readReservations: Access = (args) => integrationReadConstraint(args.req.user, 'reservations:read') ?? staffRead(args)
