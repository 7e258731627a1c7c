import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_audit_log_action" ADD VALUE 'invite';
  ALTER TYPE "public"."enum_audit_log_action" ADD VALUE 'disable';
  ALTER TYPE "public"."enum_audit_log_action" ADD VALUE 'enable';
  ALTER TABLE "users" ADD COLUMN "disabled" boolean DEFAULT false;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "audit_log" ALTER COLUMN "action" SET DATA TYPE text;
  -- The entries stay on record under the nearest older action when these values go away.
  UPDATE "audit_log" SET "action" = 'create' WHERE "action" = 'invite';
  UPDATE "audit_log" SET "action" = 'update' WHERE "action" IN ('disable', 'enable');
  DROP TYPE "public"."enum_audit_log_action";
  CREATE TYPE "public"."enum_audit_log_action" AS ENUM('create', 'update', 'delete', 'login', 'login_failed', 'role_change', 'override', 'refund', 'merge', 'export');
  ALTER TABLE "audit_log" ALTER COLUMN "action" SET DATA TYPE "public"."enum_audit_log_action" USING "action"::"public"."enum_audit_log_action";
  ALTER TABLE "users" DROP COLUMN "disabled";`)
}
