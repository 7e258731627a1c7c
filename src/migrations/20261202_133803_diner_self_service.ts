import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_audit_log_action" ADD VALUE 'link_request';
  ALTER TYPE "public"."enum_audit_log_action" ADD VALUE 'email_change';
  ALTER TYPE "public"."enum_message_log_kind" ADD VALUE 'booking_link';
  ALTER TYPE "public"."enum_message_log_kind" ADD VALUE 'email_change';
  ALTER TYPE "public"."enum_message_log_kind" ADD VALUE 'email_changed';
  ALTER TABLE "customers" ADD COLUMN "phone" varchar;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "audit_log" ALTER COLUMN "action" SET DATA TYPE text;
  -- The entries and messages stay on record under the nearest older value when these go away.
  UPDATE "audit_log" SET "action" = 'update' WHERE "action" IN ('link_request', 'email_change');
  DROP TYPE "public"."enum_audit_log_action";
  CREATE TYPE "public"."enum_audit_log_action" AS ENUM('create', 'update', 'delete', 'login', 'login_failed', 'role_change', 'override', 'refund', 'merge', 'export', 'invite', 'disable', 'enable');
  ALTER TABLE "audit_log" ALTER COLUMN "action" SET DATA TYPE "public"."enum_audit_log_action" USING "action"::"public"."enum_audit_log_action";
  ALTER TABLE "message_log" ALTER COLUMN "kind" SET DATA TYPE text;
  UPDATE "message_log" SET "kind" = 'confirmation' WHERE "kind" = 'booking_link';
  UPDATE "message_log" SET "kind" = 'change' WHERE "kind" IN ('email_change', 'email_changed');
  DROP TYPE "public"."enum_message_log_kind";
  CREATE TYPE "public"."enum_message_log_kind" AS ENUM('confirmation', 'change', 'cancellation', 'reminder', 'deposit_request', 'deposit_expired', 'waitlist_offer', 'staff_alert', 'contact_copy');
  ALTER TABLE "message_log" ALTER COLUMN "kind" SET DATA TYPE "public"."enum_message_log_kind" USING "kind"::"public"."enum_message_log_kind";
  ALTER TABLE "customers" DROP COLUMN "phone";`)
}
