import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_message_log_kind" ADD VALUE 'feedback_request';
  ALTER TYPE "public"."enum_message_log_kind" ADD VALUE 'feedback_alert';
  ALTER TYPE "public"."enum_message_log_kind" ADD VALUE 'daily_report';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'requestFeedback';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'sendDailyReports';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'requestFeedback';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'sendDailyReports';
  CREATE TABLE "feedback" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"restaurant_id" integer NOT NULL,
  	"reservation_id" integer,
  	"guest_id" integer,
  	"visit_date" varchar NOT NULL,
  	"service" varchar,
  	"score" numeric,
  	"comment" varchar,
  	"answered_at" timestamp(3) with time zone,
  	"low_score_alerted_at" timestamp(3) with time zone,
  	"token_hash" varchar NOT NULL,
  	"token_salt" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "restaurants" ADD COLUMN "daily_report_sent_on" varchar;
  ALTER TABLE "guests" ADD COLUMN "feedback_opt_out" boolean DEFAULT false;
  ALTER TABLE "guests" ADD COLUMN "feedback_count" numeric DEFAULT 0;
  ALTER TABLE "guests" ADD COLUMN "feedback_average" numeric;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "feedback_id" integer;
  ALTER TABLE "feedback" ADD CONSTRAINT "feedback_restaurant_id_restaurants_id_fk" FOREIGN KEY ("restaurant_id") REFERENCES "public"."restaurants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "feedback" ADD CONSTRAINT "feedback_reservation_id_reservations_id_fk" FOREIGN KEY ("reservation_id") REFERENCES "public"."reservations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "feedback" ADD CONSTRAINT "feedback_guest_id_guests_id_fk" FOREIGN KEY ("guest_id") REFERENCES "public"."guests"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "feedback_restaurant_idx" ON "feedback" USING btree ("restaurant_id");
  CREATE UNIQUE INDEX "feedback_reservation_idx" ON "feedback" USING btree ("reservation_id");
  CREATE INDEX "feedback_guest_idx" ON "feedback" USING btree ("guest_id");
  CREATE INDEX "feedback_visit_date_idx" ON "feedback" USING btree ("visit_date");
  CREATE UNIQUE INDEX "feedback_token_hash_idx" ON "feedback" USING btree ("token_hash");
  CREATE INDEX "feedback_updated_at_idx" ON "feedback" USING btree ("updated_at");
  CREATE INDEX "feedback_created_at_idx" ON "feedback" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_feedback_fk" FOREIGN KEY ("feedback_id") REFERENCES "public"."feedback"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_feedback_id_idx" ON "payload_locked_documents_rels" USING btree ("feedback_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "feedback" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "feedback" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_feedback_fk";
  
  ALTER TABLE "message_log" ALTER COLUMN "kind" SET DATA TYPE text;
  DROP TYPE "public"."enum_message_log_kind";
  CREATE TYPE "public"."enum_message_log_kind" AS ENUM('confirmation', 'change', 'cancellation', 'reminder', 'deposit_request', 'deposit_expired', 'waitlist_offer', 'staff_alert', 'contact_copy', 'booking_link', 'email_change', 'email_changed');
  ALTER TABLE "message_log" ALTER COLUMN "kind" SET DATA TYPE "public"."enum_message_log_kind" USING "kind"::"public"."enum_message_log_kind";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'sendMessage', 'sendReminders', 'reconcileDeposits', 'applyPaymentEvent', 'refundDeposit', 'generateAvailabilityFeed', 'deliverWebhook', 'pruneWebhookDeliveries', 'aggregateFunnel');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'sendMessage', 'sendReminders', 'reconcileDeposits', 'applyPaymentEvent', 'refundDeposit', 'generateAvailabilityFeed', 'deliverWebhook', 'pruneWebhookDeliveries', 'aggregateFunnel');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_feedback_id_idx";
  ALTER TABLE "restaurants" DROP COLUMN "daily_report_sent_on";
  ALTER TABLE "guests" DROP COLUMN "feedback_opt_out";
  ALTER TABLE "guests" DROP COLUMN "feedback_count";
  ALTER TABLE "guests" DROP COLUMN "feedback_average";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "feedback_id";`)
}
