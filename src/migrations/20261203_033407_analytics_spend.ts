import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * Reservations' `spendMinor` (what the table spent, entered at checkout) and one index on
 * (restaurant, start) that every analytics query reads a restaurant's year through. Payload stores
 * numbers as `numeric`; a CHECK keeps the spend a whole, non-negative count of minor units, as the
 * other amounts (20261202_070843_money_minor_units).
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  ALTER TABLE "reservations" ADD COLUMN "spend_minor" numeric;
  ALTER TABLE "_reservations_v" ADD COLUMN "version_spend_minor" numeric;
  ALTER TABLE "reservations" ADD CONSTRAINT "reservations_spend_minor_whole" CHECK ("spend_minor" = trunc("spend_minor") AND "spend_minor" >= 0);
  CREATE INDEX "restaurant_startsAt_idx" ON "reservations" USING btree ("restaurant_id","starts_at");
  CREATE INDEX "version_restaurant_version_startsAt_idx" ON "_reservations_v" USING btree ("version_restaurant_id","version_starts_at");`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP INDEX "restaurant_startsAt_idx";
  DROP INDEX "version_restaurant_version_startsAt_idx";
  ALTER TABLE "reservations" DROP CONSTRAINT "reservations_spend_minor_whole";
  ALTER TABLE "reservations" DROP COLUMN "spend_minor";
  ALTER TABLE "_reservations_v" DROP COLUMN "version_spend_minor";`)
}
