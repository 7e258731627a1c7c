import type { PayloadRequest } from 'payload'

import { anonymisedEmail, DELETED_GUEST_NAME, upcomingAndPast, type DinerBooking } from '../../../domain/diners/bookings'
import { execute, sql } from '../../../infrastructure/db/execute'
import { manageTokenFromSalt, manageUrl } from '../../../plugins/reservations'
import type { SignedInDiner } from '../session'

export interface AccountBooking extends DinerBooking {
  restaurant: { name: string; slug: string; timeZone: string } | null
  manageUrl: string | null
}

/** Most bookings one diner could make in years; keeps one page bounded. */
const MAX_BOOKINGS = 500

/**
 * The diner's bookings: those made with their verified email address (case-insensitive). The
 * management link is derived again from the booking's salt, as emails do; only upcoming bookings
 * need it, but past ones keep it so the diner can still read them.
 */
export async function bookingsOf(req: PayloadRequest, diner: SignedInDiner, locale: string, now = new Date()) {
  const rows = await execute(
    req,
    sql`select r.reference, r.status, r.starts_at, r.party_size, r.manage_token_salt, s.name, s.slug, s.time_zone
        from reservations r left join restaurants s on s.id = r.restaurant_id
        where lower(r.guest_email) = ${diner.email.toLowerCase()}
        order by r.starts_at desc limit ${MAX_BOOKINGS}`,
  )
  const bookings: AccountBooking[] = rows.map((row) => ({
    reference: String(row.reference),
    status: String(row.status),
    startsAt: new Date(row.starts_at as string).toISOString(),
    partySize: Number(row.party_size),
    restaurant: row.slug ? { name: String(row.name), slug: String(row.slug), timeZone: String(row.time_zone) } : null,
    manageUrl: row.manage_token_salt ? manageUrl(locale, manageTokenFromSalt(String(row.manage_token_salt))) : null,
  }))
  return upcomingAndPast(bookings, now)
}

/** Everything we hold about the diner, as they would want to take it away (GDPR art. 15 and 20). */
export async function exportOf(req: PayloadRequest, diner: SignedInDiner) {
  const email = diner.email.toLowerCase()
  const reservations = await execute(
    req,
    sql`select r.reference, r.status, r.source, r.starts_at, r.ends_at, r.party_size, r.guest_name, r.guest_email,
               r.guest_phone, r.guest_locale, r.occasion, r.special_requests, r.created_at, s.name as restaurant
        from reservations r left join restaurants s on s.id = r.restaurant_id
        where lower(r.guest_email) = ${email} order by r.starts_at desc limit ${MAX_BOOKINGS}`,
  )
  const [guest] = await execute(
    req,
    sql`select name, email, phone, locale, allergies, visit_count, no_show_count, marketing_consent, created_at
        from guests where lower(email) = ${email} limit 1`,
  )
  return {
    exportedAt: new Date().toISOString(),
    account: {
      email: diner.email,
      name: diner.name,
      locale: diner.locale ?? 'fr',
      createdAt: diner.createdAt,
      signInProviders: (diner.identities ?? []).map((identity) => identity.provider),
    },
    guestProfile: guest ?? null,
    reservations,
  }
}

/**
 * Forgets the diner: their bookings keep date, party size, status and restaurant (the restaurant's
 * statistics) but lose name, email, phone and requests — in the bookings' history too; the guest
 * profile keeps its counts under a placeholder; waiting-list entries and the account go.
 * The caller runs this in one transaction.
 */
export async function forgetDiner(req: PayloadRequest, diner: SignedInDiner): Promise<{ reservations: number }> {
  const email = diner.email.toLowerCase()
  const ids = (await execute(req, sql`select id from reservations where lower(guest_email) = ${email}`)).map((row) => Number(row.id))
  if (ids.length > 0) {
    const idList = sql.join(ids.map((id) => sql`${id}`), sql`, `)
    await execute(
      req,
      sql`update reservations set guest_name = ${DELETED_GUEST_NAME}, guest_email = null, guest_phone = null,
          special_requests = null, internal_notes = null where id in (${idList})`,
    )
    await execute(
      req,
      sql`update _reservations_v set version_guest_name = ${DELETED_GUEST_NAME}, version_guest_email = null,
          version_guest_phone = null, version_special_requests = null, version_internal_notes = null where parent_id in (${idList})`,
    )
    // Sent messages keep their kind and status for the restaurant; the address goes.
    await execute(req, sql`update message_log set "to" = 'deleted' where reservation_id in (${idList})`)
  }
  await execute(req, sql`update message_log set "to" = 'deleted' where lower("to") = ${email}`)
  await execute(req, sql`delete from waitlist where lower(guest_email) = ${email}`)
  const guests = await execute(req, sql`select id from guests where lower(email) = ${email}`)
  for (const guest of guests) {
    await execute(
      req,
      sql`update guests set name = ${DELETED_GUEST_NAME}, email = ${anonymisedEmail(Number(guest.id))}, phone = null,
          allergies = null, notes = null, marketing_consent = false where id = ${Number(guest.id)}`,
    )
  }
  await req.payload.delete({ collection: 'customers', id: diner.id, overrideAccess: true, req })
  return { reservations: ids.length }
}
