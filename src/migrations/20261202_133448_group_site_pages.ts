import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "pages_slug_idx";
  ALTER TABLE "pages" ADD COLUMN "restaurant_id" integer;
  ALTER TABLE "_pages_v" ADD COLUMN "version_restaurant_id" integer;
  ALTER TABLE "restaurants_locales" ADD COLUMN "cuisine" varchar;
  ALTER TABLE "pages" ADD CONSTRAINT "pages_restaurant_id_restaurants_id_fk" FOREIGN KEY ("restaurant_id") REFERENCES "public"."restaurants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v" ADD CONSTRAINT "_pages_v_version_restaurant_id_restaurants_id_fk" FOREIGN KEY ("version_restaurant_id") REFERENCES "public"."restaurants"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "pages_restaurant_idx" ON "pages" USING btree ("restaurant_id");
  CREATE INDEX "_pages_v_version_version_restaurant_idx" ON "_pages_v" USING btree ("version_restaurant_id");
  CREATE INDEX "pages_slug_idx" ON "pages" USING btree ("slug");`)
  // Hand-written (Payload's index config cannot say it): a slug is unique within its restaurant, and
  // among the group's own pages too, where the restaurant is NULL (NULLS NOT DISTINCT, PostgreSQL 15+).
  await db.execute(sql`
  CREATE UNIQUE INDEX "pages_restaurant_slug_unique" ON "pages" USING btree ("restaurant_id", "slug") NULLS NOT DISTINCT;`)
  // Until now the site showed one restaurant and every page was its page: they stay its pages.
  await db.execute(sql`
  UPDATE "pages" SET "restaurant_id" = COALESCE(
    (SELECT "restaurant_id" FROM "site_settings" WHERE "restaurant_id" IS NOT NULL LIMIT 1),
    (SELECT "id" FROM "restaurants" ORDER BY "created_at" LIMIT 1)
  );
  UPDATE "_pages_v" SET "version_restaurant_id" = "pages"."restaurant_id" FROM "pages" WHERE "_pages_v"."parent_id" = "pages"."id";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "pages_restaurant_slug_unique";
   ALTER TABLE "pages" DROP CONSTRAINT "pages_restaurant_id_restaurants_id_fk";
  
  ALTER TABLE "_pages_v" DROP CONSTRAINT "_pages_v_version_restaurant_id_restaurants_id_fk";
  
  DROP INDEX "pages_restaurant_idx";
  DROP INDEX "_pages_v_version_version_restaurant_idx";
  DROP INDEX "pages_slug_idx";
  CREATE UNIQUE INDEX "pages_slug_idx" ON "pages" USING btree ("slug");
  ALTER TABLE "pages" DROP COLUMN "restaurant_id";
  ALTER TABLE "_pages_v" DROP COLUMN "version_restaurant_id";
  ALTER TABLE "restaurants_locales" DROP COLUMN "cuisine";`)
}
