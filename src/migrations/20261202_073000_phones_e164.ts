import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import { normalisePhone } from '../domain/phone'

/** Every column holding a guest's phone, as [table, column]. */
const PHONE_COLUMNS = [
  ['guests', 'phone'],
  ['reservations', 'guest_phone'],
  ['_reservations_v', 'version_guest_phone'],
  ['waitlist', 'guest_phone'],
] as const

/**
 * Phones stored as typed ("06 12 34 56 78", "0033 6…") become E.164 (+33612345678), through the
 * same `normalisePhone` the forms and the SMS sender use, so duplicates match and SMS can use them.
 * A value that is not a valid number is left as it was (staff see it and can correct it); no schema
 * change. Down keeps E.164: it is the same number, and the typed spelling is not kept anywhere.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  for (const [table, column] of PHONE_COLUMNS) {
    const { rows } = (await db.execute(sql.raw(`SELECT DISTINCT "${column}" AS phone FROM "${table}" WHERE "${column}" IS NOT NULL AND "${column}" <> ''`))) as unknown as {
      rows: Array<{ phone: string }>
    }
    for (const { phone } of rows) {
      const normalised = normalisePhone(phone)
      if (!normalised.ok || normalised.e164 === phone) continue
      await db.execute(sql`UPDATE ${sql.identifier(table)} SET ${sql.identifier(column)} = ${normalised.e164} WHERE ${sql.identifier(column)} = ${phone}`)
    }
  }
}

export async function down(_args: MigrateDownArgs): Promise<void> {}
