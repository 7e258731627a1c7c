import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * Money as integer minor units (cents), written by hand: every amount column is renamed to say so
 * (`price` → `price_minor`, `deposit_amount` → `deposit_amount_minor`, …) and its value multiplied
 * by 10^exponent of its currency (EUR, USD, GBP, CHF, CAD: 100; JPY: 1; KWD: 1000), rounded to a
 * whole number. Payload stores number fields as `numeric`; a CHECK keeps them whole from now on,
 * whatever writes them. Queued cancellation emails carry the refund in their details: converted too.
 * Down divides back and restores the old names.
 */

// ISO 4217 exponents that are not 2. Applied by the currency each amount is in.
const FACTOR = `CREATE FUNCTION pg_temp.minor_factor(currency text) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE
    WHEN upper(coalesce(currency, 'EUR')) IN ('BIF','CLP','DJF','GNF','ISK','JPY','KMF','KRW','PYG','RWF','UGX','UYI','VND','VUV','XAF','XOF','XPF') THEN 1
    WHEN upper(coalesce(currency, 'EUR')) IN ('BHD','IQD','JOD','KWD','LYD','OMR','TND') THEN 1000
    ELSE 100
  END::numeric
$$;`

export async function up({ db }: MigrateUpArgs): Promise<void> {
  // One statement batch: the helper lives in this session's temporary schema.
  await db.execute(sql.raw(`${FACTOR}
  ALTER TABLE "menu_items" RENAME COLUMN "price" TO "price_minor";
  ALTER TABLE "restaurants" RENAME COLUMN "deposit_amount" TO "deposit_amount_minor";
  ALTER TABLE "restaurants" RENAME COLUMN "cancellation_no_show_fee" TO "cancellation_no_show_fee_minor";
  ALTER TABLE "reservations" RENAME COLUMN "deposit_amount" TO "deposit_amount_minor";
  ALTER TABLE "reservations" RENAME COLUMN "deposit_refunded_amount" TO "deposit_refunded_minor";
  ALTER TABLE "_reservations_v" RENAME COLUMN "version_deposit_amount" TO "version_deposit_amount_minor";
  ALTER TABLE "_reservations_v" RENAME COLUMN "version_deposit_refunded_amount" TO "version_deposit_refunded_minor";

  UPDATE "menu_items" m SET "price_minor" = round(m."price_minor" * pg_temp.minor_factor(r."currency"::text))
    FROM "restaurants" r WHERE r."id" = m."restaurant_id";
  UPDATE "restaurants" SET
    "deposit_amount_minor" = round("deposit_amount_minor" * pg_temp.minor_factor("currency"::text)),
    "cancellation_no_show_fee_minor" = round("cancellation_no_show_fee_minor" * pg_temp.minor_factor("currency"::text));
  UPDATE "reservations" SET
    "deposit_amount_minor" = round("deposit_amount_minor" * pg_temp.minor_factor("deposit_currency")),
    "deposit_refunded_minor" = round("deposit_refunded_minor" * pg_temp.minor_factor("deposit_currency"));
  UPDATE "_reservations_v" SET
    "version_deposit_amount_minor" = round("version_deposit_amount_minor" * pg_temp.minor_factor("version_deposit_currency")),
    "version_deposit_refunded_minor" = round("version_deposit_refunded_minor" * pg_temp.minor_factor("version_deposit_currency"));

  UPDATE "message_log" SET "details" = jsonb_set(
      "details" #- '{refund,amount}', '{refund,amountMinor}',
      to_jsonb(round(("details"->'refund'->>'amount')::numeric * pg_temp.minor_factor("details"->'refund'->>'currency'))::bigint))
    WHERE jsonb_typeof("details"->'refund') = 'object' AND "details"->'refund' ? 'amount';

  ALTER TABLE "menu_items" ADD CONSTRAINT "menu_items_price_minor_whole" CHECK ("price_minor" = trunc("price_minor") AND "price_minor" >= 0);
  ALTER TABLE "restaurants" ADD CONSTRAINT "restaurants_deposit_amount_minor_whole" CHECK ("deposit_amount_minor" = trunc("deposit_amount_minor") AND "deposit_amount_minor" >= 0);
  ALTER TABLE "restaurants" ADD CONSTRAINT "restaurants_no_show_fee_minor_whole" CHECK ("cancellation_no_show_fee_minor" = trunc("cancellation_no_show_fee_minor") AND "cancellation_no_show_fee_minor" >= 0);
  ALTER TABLE "reservations" ADD CONSTRAINT "reservations_deposit_amount_minor_whole" CHECK ("deposit_amount_minor" = trunc("deposit_amount_minor") AND "deposit_amount_minor" >= 0);
  ALTER TABLE "reservations" ADD CONSTRAINT "reservations_deposit_refunded_minor_whole" CHECK ("deposit_refunded_minor" = trunc("deposit_refunded_minor") AND "deposit_refunded_minor" >= 0);
  DROP FUNCTION pg_temp.minor_factor(text);`))
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql.raw(`${FACTOR}
  ALTER TABLE "menu_items" DROP CONSTRAINT IF EXISTS "menu_items_price_minor_whole";
  ALTER TABLE "restaurants" DROP CONSTRAINT IF EXISTS "restaurants_deposit_amount_minor_whole";
  ALTER TABLE "restaurants" DROP CONSTRAINT IF EXISTS "restaurants_no_show_fee_minor_whole";
  ALTER TABLE "reservations" DROP CONSTRAINT IF EXISTS "reservations_deposit_amount_minor_whole";
  ALTER TABLE "reservations" DROP CONSTRAINT IF EXISTS "reservations_deposit_refunded_minor_whole";

  UPDATE "menu_items" m SET "price_minor" = m."price_minor" / pg_temp.minor_factor(r."currency"::text)
    FROM "restaurants" r WHERE r."id" = m."restaurant_id";
  UPDATE "restaurants" SET
    "deposit_amount_minor" = "deposit_amount_minor" / pg_temp.minor_factor("currency"::text),
    "cancellation_no_show_fee_minor" = "cancellation_no_show_fee_minor" / pg_temp.minor_factor("currency"::text);
  UPDATE "reservations" SET
    "deposit_amount_minor" = "deposit_amount_minor" / pg_temp.minor_factor("deposit_currency"),
    "deposit_refunded_minor" = "deposit_refunded_minor" / pg_temp.minor_factor("deposit_currency");
  UPDATE "_reservations_v" SET
    "version_deposit_amount_minor" = "version_deposit_amount_minor" / pg_temp.minor_factor("version_deposit_currency"),
    "version_deposit_refunded_minor" = "version_deposit_refunded_minor" / pg_temp.minor_factor("version_deposit_currency");

  UPDATE "message_log" SET "details" = jsonb_set(
      "details" #- '{refund,amountMinor}', '{refund,amount}',
      to_jsonb(("details"->'refund'->>'amountMinor')::numeric / pg_temp.minor_factor("details"->'refund'->>'currency')))
    WHERE jsonb_typeof("details"->'refund') = 'object' AND "details"->'refund' ? 'amountMinor';

  ALTER TABLE "menu_items" RENAME COLUMN "price_minor" TO "price";
  ALTER TABLE "restaurants" RENAME COLUMN "deposit_amount_minor" TO "deposit_amount";
  ALTER TABLE "restaurants" RENAME COLUMN "cancellation_no_show_fee_minor" TO "cancellation_no_show_fee";
  ALTER TABLE "reservations" RENAME COLUMN "deposit_amount_minor" TO "deposit_amount";
  ALTER TABLE "reservations" RENAME COLUMN "deposit_refunded_minor" TO "deposit_refunded_amount";
  ALTER TABLE "_reservations_v" RENAME COLUMN "version_deposit_amount_minor" TO "version_deposit_amount";
  ALTER TABLE "_reservations_v" RENAME COLUMN "version_deposit_refunded_minor" TO "version_deposit_refunded_amount";
  DROP FUNCTION pg_temp.minor_factor(text);`))
}
