import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Hand-written: Drizzle cannot express exclusion constraints. The database itself refuses two
 * active bookings holding the same table over overlapping periods, whatever code path writes them.
 * Rows are kept in step with reservations by the reservations' syncOccupancy hook.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
    CREATE EXTENSION IF NOT EXISTS btree_gist;

    CREATE TABLE "reservation_occupancy" (
      "reservation_id" integer NOT NULL REFERENCES "reservations"("id") ON DELETE CASCADE,
      "table_id" integer NOT NULL REFERENCES "tables"("id") ON DELETE CASCADE,
      "restaurant_id" integer NOT NULL REFERENCES "restaurants"("id") ON DELETE CASCADE,
      "period" tstzrange NOT NULL CHECK (NOT isempty("period")),
      "active" boolean NOT NULL DEFAULT true,
      PRIMARY KEY ("reservation_id", "table_id"),
      CONSTRAINT "reservation_occupancy_no_overlap"
        EXCLUDE USING gist ("table_id" WITH =, "period" WITH &&) WHERE ("active")
    );

    CREATE INDEX "reservation_occupancy_restaurant_period_idx"
      ON "reservation_occupancy" USING gist ("restaurant_id", "period") WHERE ("active");
  `)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP TABLE IF EXISTS "reservation_occupancy";`)
}
