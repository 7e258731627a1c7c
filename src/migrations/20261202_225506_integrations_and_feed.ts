import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_integrations_scopes" AS ENUM('availability_read', 'bookings_write', 'bookings_manage', 'reservations_read', 'feed_read');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'generateAvailabilityFeed';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'generateAvailabilityFeed';
  CREATE TABLE "integrations_scopes" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_integrations_scopes",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "integrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"active" boolean DEFAULT true,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"enable_a_p_i_key" boolean,
  	"api_key" varchar,
  	"api_key_index" varchar
  );
  
  CREATE TABLE "integrations_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"restaurants_id" integer
  );
  
  ALTER TABLE "reservations" ADD COLUMN "integration_id" integer;
  ALTER TABLE "_reservations_v" ADD COLUMN "version_integration_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "integrations_id" integer;
  ALTER TABLE "payload_preferences_rels" ADD COLUMN "integrations_id" integer;
  ALTER TABLE "integrations_scopes" ADD CONSTRAINT "integrations_scopes_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."integrations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "integrations_rels" ADD CONSTRAINT "integrations_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."integrations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "integrations_rels" ADD CONSTRAINT "integrations_rels_restaurants_fk" FOREIGN KEY ("restaurants_id") REFERENCES "public"."restaurants"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "integrations_scopes_order_idx" ON "integrations_scopes" USING btree ("order");
  CREATE INDEX "integrations_scopes_parent_idx" ON "integrations_scopes" USING btree ("parent_id");
  CREATE INDEX "integrations_updated_at_idx" ON "integrations" USING btree ("updated_at");
  CREATE INDEX "integrations_created_at_idx" ON "integrations" USING btree ("created_at");
  CREATE INDEX "integrations_rels_order_idx" ON "integrations_rels" USING btree ("order");
  CREATE INDEX "integrations_rels_parent_idx" ON "integrations_rels" USING btree ("parent_id");
  CREATE INDEX "integrations_rels_path_idx" ON "integrations_rels" USING btree ("path");
  CREATE INDEX "integrations_rels_restaurants_id_idx" ON "integrations_rels" USING btree ("restaurants_id");
  ALTER TABLE "reservations" ADD CONSTRAINT "reservations_integration_id_integrations_id_fk" FOREIGN KEY ("integration_id") REFERENCES "public"."integrations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_reservations_v" ADD CONSTRAINT "_reservations_v_version_integration_id_integrations_id_fk" FOREIGN KEY ("version_integration_id") REFERENCES "public"."integrations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_integrations_fk" FOREIGN KEY ("integrations_id") REFERENCES "public"."integrations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_integrations_fk" FOREIGN KEY ("integrations_id") REFERENCES "public"."integrations"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "reservations_integration_idx" ON "reservations" USING btree ("integration_id");
  CREATE INDEX "_reservations_v_version_version_integration_idx" ON "_reservations_v" USING btree ("version_integration_id");
  CREATE INDEX "payload_locked_documents_rels_integrations_id_idx" ON "payload_locked_documents_rels" USING btree ("integrations_id");
  CREATE INDEX "payload_preferences_rels_integrations_id_idx" ON "payload_preferences_rels" USING btree ("integrations_id");`)
  // Hand-written: the aggregator feed as the scheduled job last computed it, one row per restaurant
  // (src/plugins/reservations/feed/store.ts). Not a Payload collection: nobody edits it.
  await db.execute(sql`
  CREATE TABLE "availability_feeds" (
    "restaurant_id" integer PRIMARY KEY REFERENCES "public"."restaurants"("id") ON DELETE cascade,
    "generated_at" timestamp(3) with time zone NOT NULL,
    "merchant" jsonb NOT NULL,
    "services" jsonb NOT NULL,
    "availability" jsonb NOT NULL
  );`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "availability_feeds";
  ALTER TABLE "reservations" DROP CONSTRAINT "reservations_integration_id_integrations_id_fk";
  
  ALTER TABLE "_reservations_v" DROP CONSTRAINT "_reservations_v_version_integration_id_integrations_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_integrations_fk";
  
  ALTER TABLE "payload_preferences_rels" DROP CONSTRAINT "payload_preferences_rels_integrations_fk";
  
  -- The feed's jobs would not fit the narrower task enums below.
  DELETE FROM "payload_jobs_log" WHERE "task_slug" = 'generateAvailabilityFeed';
  DELETE FROM "payload_jobs" WHERE "task_slug" = 'generateAvailabilityFeed';
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'sendMessage', 'sendReminders', 'reconcileDeposits', 'applyPaymentEvent', 'refundDeposit');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'sendMessage', 'sendReminders', 'reconcileDeposits', 'applyPaymentEvent', 'refundDeposit');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "reservations_integration_idx";
  DROP INDEX "_reservations_v_version_version_integration_idx";
  DROP INDEX "payload_locked_documents_rels_integrations_id_idx";
  DROP INDEX "payload_preferences_rels_integrations_id_idx";
  ALTER TABLE "reservations" DROP COLUMN "integration_id";
  ALTER TABLE "_reservations_v" DROP COLUMN "version_integration_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "integrations_id";
  ALTER TABLE "payload_preferences_rels" DROP COLUMN "integrations_id";
  -- After the constraints above: dropping the tables first would take those constraints with them.
  DROP TABLE "integrations_scopes" CASCADE;
  DROP TABLE "integrations_rels" CASCADE;
  DROP TABLE "integrations" CASCADE;
  DROP TYPE "public"."enum_integrations_scopes";`)
}
