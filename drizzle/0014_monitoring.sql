CREATE TABLE "elimination_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"system_id" uuid NOT NULL,
	"status" text NOT NULL,
	"flags" text[] NOT NULL,
	"evidence" jsonb NOT NULL,
	"through_month" text NOT NULL,
	"listed_at" timestamp with time zone NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"decision_note" text,
	"rectification_due_on" text,
	"cloud_reclaimed_on" text,
	"cloud_reclaim_note" text,
	"cloud_reclaim_recorded_by" uuid,
	"shutdown_on" text,
	"shutdown_note" text,
	"shutdown_recorded_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "monitoring_rows" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"system_id" uuid NOT NULL,
	"month" text NOT NULL,
	"vcpu_allocated" integer NOT NULL,
	"vcpu_used" double precision NOT NULL,
	"memory_allocated_gb" double precision NOT NULL,
	"memory_used_gb" double precision NOT NULL,
	"storage_allocated_gb" double precision NOT NULL,
	"storage_used_gb" double precision NOT NULL,
	"availability_percent" double precision NOT NULL,
	"active_users" integer NOT NULL,
	"calls" bigint NOT NULL,
	"findings_critical" integer DEFAULT 0 NOT NULL,
	"findings_high" integer DEFAULT 0 NOT NULL,
	"findings_medium" integer DEFAULT 0 NOT NULL,
	"findings_low" integer DEFAULT 0 NOT NULL,
	"source" text NOT NULL,
	"submitted_by" uuid NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "elimination_entries" ADD CONSTRAINT "elimination_entries_system_id_systems_id_fk" FOREIGN KEY ("system_id") REFERENCES "public"."systems"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_rows" ADD CONSTRAINT "monitoring_rows_system_id_systems_id_fk" FOREIGN KEY ("system_id") REFERENCES "public"."systems"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "elimination_entries_system_idx" ON "elimination_entries" USING btree ("system_id","listed_at");--> statement-breakpoint
CREATE INDEX "elimination_entries_status_idx" ON "elimination_entries" USING btree ("status");--> statement-breakpoint
CREATE UNIQUE INDEX "elimination_entries_one_pending_uq" ON "elimination_entries" USING btree ("system_id") WHERE status = 'pending';--> statement-breakpoint
CREATE UNIQUE INDEX "monitoring_rows_system_month_uq" ON "monitoring_rows" USING btree ("system_id","month");--> statement-breakpoint
-- Art.32: the data bureau decides the elimination list (monitoring.decide). The big data center's
-- new built-in role (bigdata_center_officer, with monitoring.submit) is added by the seed's ensureRoles;
-- the security admin assigns it to the center's existing accounts.
UPDATE "roles" SET "permissions" = array_append("permissions", 'monitoring.decide')
WHERE "code" = 'data_bureau_officer' AND "builtin" AND NOT ('monitoring.decide' = ANY("permissions"));
