import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * The aggregation task's slug (generated), and the funnel's two tables (hand-written): counters
 * written with `INSERT … ON CONFLICT DO UPDATE`, which Payload's collections do not offer, that nobody
 * edits in the admin. Counts only: a restaurant, its local day, a source, a step and a number; no
 * column could hold an address, a cookie or an id of a diner. `funnel_step_counts` takes the wizard's
 * events as they come; the aggregation job moves them into `funnel_days`, which the managers read.
 */

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'aggregateFunnel';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'aggregateFunnel';`)
  await db.execute(sql`
    CREATE TABLE "funnel_step_counts" (
      "restaurant_id" integer NOT NULL REFERENCES "restaurants"("id") ON DELETE CASCADE,
      "day" date NOT NULL,
      "source" varchar(16) NOT NULL,
      "step" varchar(32) NOT NULL,
      "count" integer NOT NULL CHECK ("count" > 0),
      PRIMARY KEY ("restaurant_id", "day", "source", "step")
    );

    CREATE TABLE "funnel_days" (
      "restaurant_id" integer NOT NULL REFERENCES "restaurants"("id") ON DELETE CASCADE,
      "day" date NOT NULL,
      "source" varchar(16) NOT NULL,
      "step" varchar(32) NOT NULL,
      "count" bigint NOT NULL CHECK ("count" >= 0),
      PRIMARY KEY ("restaurant_id", "day", "source", "step")
    );`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP TABLE IF EXISTS "funnel_days"; DROP TABLE IF EXISTS "funnel_step_counts";`)
  await db.execute(sql`
   ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'sendMessage', 'sendReminders', 'reconcileDeposits', 'applyPaymentEvent', 'refundDeposit', 'generateAvailabilityFeed', 'deliverWebhook', 'pruneWebhookDeliveries');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'sendMessage', 'sendReminders', 'reconcileDeposits', 'applyPaymentEvent', 'refundDeposit', 'generateAvailabilityFeed', 'deliverWebhook', 'pruneWebhookDeliveries');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";`)
}
