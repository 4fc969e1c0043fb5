ALTER TABLE "projects" ADD COLUMN "disbursed_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "projects_undisbursed_idx" ON "projects" USING btree ("stage") WHERE "projects"."disbursed_at" IS NULL;--> statement-breakpoint
-- The projects finance has already disbursed to (Art.26): the first disbursement recorded.
UPDATE "projects" p SET "disbursed_at" = d.first_at
  FROM (SELECT "project_id", min("recorded_at") AS first_at FROM "project_payments" WHERE "kind" = 'disbursement' GROUP BY "project_id") d
  WHERE d."project_id" = p."id";
