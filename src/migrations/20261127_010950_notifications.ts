import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_message_log_channel" AS ENUM('email', 'sms');
  CREATE TYPE "public"."enum_message_log_kind" AS ENUM('confirmation', 'change', 'cancellation', 'reminder', 'deposit_request', 'deposit_expired', 'waitlist_offer', 'staff_alert', 'contact_copy');
  CREATE TYPE "public"."enum_message_log_locale" AS ENUM('fr', 'en');
  CREATE TYPE "public"."enum_message_log_status" AS ENUM('queued', 'sent', 'retrying', 'failed', 'skipped');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'sendMessage', 'sendReminders');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'sendMessage', 'sendReminders');
  CREATE TABLE "message_log" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"restaurant_id" integer,
  	"channel" "enum_message_log_channel" DEFAULT 'email' NOT NULL,
  	"kind" "enum_message_log_kind" NOT NULL,
  	"to" varchar NOT NULL,
  	"locale" "enum_message_log_locale" DEFAULT 'fr',
  	"subject" varchar,
  	"reservation_id" integer,
  	"waitlist_entry_id" integer,
  	"contact_message_id" integer,
  	"details" jsonb,
  	"status" "enum_message_log_status" DEFAULT 'queued' NOT NULL,
  	"attempts" numeric DEFAULT 0,
  	"sent_at" timestamp(3) with time zone,
  	"provider_id" varchar,
  	"last_error" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"meta" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_jobs_stats" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"stats" jsonb,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "restaurants" ADD COLUMN "notifications_staff_email" varchar;
  ALTER TABLE "restaurants" ADD COLUMN "notifications_large_party_from" numeric DEFAULT 8;
  ALTER TABLE "restaurants" ADD COLUMN "notifications_waitlist_offer_minutes" numeric DEFAULT 30;
  ALTER TABLE "restaurants_locales" ADD COLUMN "notifications_email_note" varchar;
  ALTER TABLE "reservations" ADD COLUMN "manage_token_salt" varchar;
  ALTER TABLE "reservations" ADD COLUMN "sms_consent" boolean DEFAULT false;
  ALTER TABLE "reservations" ADD COLUMN "reminder_sent_at" timestamp(3) with time zone;
  ALTER TABLE "_reservations_v" ADD COLUMN "version_manage_token_salt" varchar;
  ALTER TABLE "_reservations_v" ADD COLUMN "version_sms_consent" boolean DEFAULT false;
  ALTER TABLE "_reservations_v" ADD COLUMN "version_reminder_sent_at" timestamp(3) with time zone;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "message_log_id" integer;
  ALTER TABLE "message_log" ADD CONSTRAINT "message_log_restaurant_id_restaurants_id_fk" FOREIGN KEY ("restaurant_id") REFERENCES "public"."restaurants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "message_log" ADD CONSTRAINT "message_log_reservation_id_reservations_id_fk" FOREIGN KEY ("reservation_id") REFERENCES "public"."reservations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "message_log" ADD CONSTRAINT "message_log_waitlist_entry_id_waitlist_id_fk" FOREIGN KEY ("waitlist_entry_id") REFERENCES "public"."waitlist"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "message_log" ADD CONSTRAINT "message_log_contact_message_id_contact_messages_id_fk" FOREIGN KEY ("contact_message_id") REFERENCES "public"."contact_messages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "message_log_restaurant_idx" ON "message_log" USING btree ("restaurant_id");
  CREATE INDEX "message_log_kind_idx" ON "message_log" USING btree ("kind");
  CREATE INDEX "message_log_reservation_idx" ON "message_log" USING btree ("reservation_id");
  CREATE INDEX "message_log_waitlist_entry_idx" ON "message_log" USING btree ("waitlist_entry_id");
  CREATE INDEX "message_log_contact_message_idx" ON "message_log" USING btree ("contact_message_id");
  CREATE INDEX "message_log_status_idx" ON "message_log" USING btree ("status");
  CREATE INDEX "message_log_updated_at_idx" ON "message_log" USING btree ("updated_at");
  CREATE INDEX "message_log_created_at_idx" ON "message_log" USING btree ("created_at");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_message_log_fk" FOREIGN KEY ("message_log_id") REFERENCES "public"."message_log"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_message_log_id_idx" ON "payload_locked_documents_rels" USING btree ("message_log_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "message_log" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs_log" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs_stats" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "message_log" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_jobs_stats" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_message_log_fk";
  
  DROP INDEX "payload_locked_documents_rels_message_log_id_idx";
  ALTER TABLE "restaurants" DROP COLUMN "notifications_staff_email";
  ALTER TABLE "restaurants" DROP COLUMN "notifications_large_party_from";
  ALTER TABLE "restaurants" DROP COLUMN "notifications_waitlist_offer_minutes";
  ALTER TABLE "restaurants_locales" DROP COLUMN "notifications_email_note";
  ALTER TABLE "reservations" DROP COLUMN "manage_token_salt";
  ALTER TABLE "reservations" DROP COLUMN "sms_consent";
  ALTER TABLE "reservations" DROP COLUMN "reminder_sent_at";
  ALTER TABLE "_reservations_v" DROP COLUMN "version_manage_token_salt";
  ALTER TABLE "_reservations_v" DROP COLUMN "version_sms_consent";
  ALTER TABLE "_reservations_v" DROP COLUMN "version_reminder_sent_at";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "message_log_id";
  DROP TYPE "public"."enum_message_log_channel";
  DROP TYPE "public"."enum_message_log_kind";
  DROP TYPE "public"."enum_message_log_locale";
  DROP TYPE "public"."enum_message_log_status";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
