import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_audit_log_action" ADD VALUE 'login_failed' BEFORE 'override';
  ALTER TYPE "public"."enum_audit_log_action" ADD VALUE 'role_change' BEFORE 'override';
  ALTER TYPE "public"."enum_audit_log_action" ADD VALUE 'export';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "audit_log" ALTER COLUMN "action" SET DATA TYPE text;
  -- The entries stay on record under the nearest older action when these values go away.
  UPDATE "audit_log" SET "action" = 'login' WHERE "action" = 'login_failed';
  UPDATE "audit_log" SET "action" = 'update' WHERE "action" IN ('role_change', 'export');
  DROP TYPE "public"."enum_audit_log_action";
  CREATE TYPE "public"."enum_audit_log_action" AS ENUM('create', 'update', 'delete', 'login', 'override', 'refund', 'merge');
  ALTER TABLE "audit_log" ALTER COLUMN "action" SET DATA TYPE "public"."enum_audit_log_action" USING "action"::"public"."enum_audit_log_action";`)
}
