CREATE TABLE "om_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"system_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"sections" jsonb NOT NULL,
	"document_id" uuid,
	"due_date" text,
	"overdue" boolean DEFAULT false NOT NULL,
	"submitted_by" uuid NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "progress_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"milestone" text NOT NULL,
	"percent" integer NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"document_id" uuid,
	"reported_by" uuid NOT NULL,
	"reported_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "project_acceptances" (
	"project_id" uuid NOT NULL,
	"attempt" integer NOT NULL,
	"material_submitted_at" timestamp with time zone NOT NULL,
	"material_submitted_by" uuid NOT NULL,
	"service_end_on" text,
	"review_decision" text,
	"review_opinion" text,
	"reviewed_at" timestamp with time zone,
	"reviewed_by" uuid,
	"acceptance_date" text,
	"experts" text,
	"conclusion" text,
	"minutes_document_id" uuid,
	"held_recorded_at" timestamp with time zone,
	"report_due_date" text,
	"report_submitted_at" timestamp with time zone,
	"report_issued_on" text,
	"report_overdue" boolean DEFAULT false NOT NULL,
	"archive_acceptance_passed" boolean,
	"assets" jsonb,
	"warranty_end_on" text,
	"handover_recorded_at" timestamp with time zone,
	"handover_confirmed_at" timestamp with time zone,
	"handover_confirmed_by" uuid,
	CONSTRAINT "project_acceptances_project_id_attempt_pk" PRIMARY KEY("project_id","attempt")
);
--> statement-breakpoint
CREATE TABLE "project_payments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"amount_fen" bigint NOT NULL,
	"paid_on" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"document_id" uuid,
	"recorded_by" uuid NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "project_trials" (
	"project_id" uuid NOT NULL,
	"attempt" integer NOT NULL,
	"started_on" text NOT NULL,
	"software_development" boolean NOT NULL,
	"earliest_on" text NOT NULL,
	"latest_on" text,
	"reason" text DEFAULT '' NOT NULL,
	"recorded_by" uuid NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	CONSTRAINT "project_trials_project_id_attempt_pk" PRIMARY KEY("project_id","attempt")
);
--> statement-breakpoint
CREATE TABLE "self_evaluations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"progress" text NOT NULL,
	"investment" text NOT NULL,
	"trial_effects" text DEFAULT '' NOT NULL,
	"document_id" uuid,
	"declarant_opinion" text,
	"declarant_opinion_by" uuid,
	"supervisor_opinion" text,
	"supervisor_opinion_by" uuid,
	"filed_at" timestamp with time zone,
	"filed_late" boolean DEFAULT false NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "supervision_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"period" text NOT NULL,
	"summary" text NOT NULL,
	"document_id" uuid,
	"filed_by" uuid NOT NULL,
	"filed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "system_exits" (
	"system_id" uuid PRIMARY KEY NOT NULL,
	"reason" text NOT NULL,
	"started_by" uuid NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"steps" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"completed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "system_projects" (
	"system_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"relation" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "system_projects_system_id_project_id_pk" PRIMARY KEY("system_id","project_id")
);
--> statement-breakpoint
CREATE TABLE "system_security_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"system_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"date" text NOT NULL,
	"result" text NOT NULL,
	"reference" text DEFAULT '' NOT NULL,
	"next_due_on" text,
	"document_id" uuid,
	"recorded_by" uuid NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "systems" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"owner_org_id" uuid NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"status" text NOT NULL,
	"deployment" text,
	"cloud_vcpu" integer,
	"cloud_memory_gb" integer,
	"cloud_storage_gb" integer,
	"mlps_level" integer,
	"mlps_filing_number" text,
	"data_collected" boolean DEFAULT false NOT NULL,
	"sharing_fulfilled" boolean DEFAULT false NOT NULL,
	"sharing_evidence" jsonb,
	"operation_started_on" text,
	"source" text NOT NULL,
	"registered_by" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "project_contracts" ADD COLUMN "service_start_on" text;--> statement-breakpoint
ALTER TABLE "project_contracts" ADD COLUMN "service_end_on" text;--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "trial_attempt" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "acceptance_attempt" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "om_reports" ADD CONSTRAINT "om_reports_system_id_systems_id_fk" FOREIGN KEY ("system_id") REFERENCES "public"."systems"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progress_reports" ADD CONSTRAINT "progress_reports_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_acceptances" ADD CONSTRAINT "project_acceptances_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_payments" ADD CONSTRAINT "project_payments_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_trials" ADD CONSTRAINT "project_trials_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_evaluations" ADD CONSTRAINT "self_evaluations_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_reports" ADD CONSTRAINT "supervision_reports_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "system_exits" ADD CONSTRAINT "system_exits_system_id_systems_id_fk" FOREIGN KEY ("system_id") REFERENCES "public"."systems"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "system_projects" ADD CONSTRAINT "system_projects_system_id_systems_id_fk" FOREIGN KEY ("system_id") REFERENCES "public"."systems"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "system_projects" ADD CONSTRAINT "system_projects_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "system_security_records" ADD CONSTRAINT "system_security_records_system_id_systems_id_fk" FOREIGN KEY ("system_id") REFERENCES "public"."systems"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "systems" ADD CONSTRAINT "systems_owner_org_id_organizations_id_fk" FOREIGN KEY ("owner_org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "om_reports_system_year_uq" ON "om_reports" USING btree ("system_id","year");--> statement-breakpoint
CREATE INDEX "progress_reports_project_idx" ON "progress_reports" USING btree ("project_id","reported_at");--> statement-breakpoint
CREATE INDEX "project_payments_project_idx" ON "project_payments" USING btree ("project_id","kind");--> statement-breakpoint
CREATE UNIQUE INDEX "self_evaluations_project_year_uq" ON "self_evaluations" USING btree ("project_id","year");--> statement-breakpoint
CREATE INDEX "supervision_reports_project_idx" ON "supervision_reports" USING btree ("project_id","filed_at");--> statement-breakpoint
CREATE INDEX "system_projects_project_idx" ON "system_projects" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "system_security_records_system_idx" ON "system_security_records" USING btree ("system_id","kind","date");--> statement-breakpoint
CREATE UNIQUE INDEX "systems_code_uq" ON "systems" USING btree ("code");--> statement-breakpoint
CREATE UNIQUE INDEX "systems_owner_name_uq" ON "systems" USING btree ("owner_org_id","name");--> statement-breakpoint
CREATE INDEX "systems_status_idx" ON "systems" USING btree ("status");--> statement-breakpoint
-- Hand-written: the data bureau keeps the systems register (Art.2, 6, 7); existing installs get the
-- permission on the built-in role (a fresh install gets it from the seed).
UPDATE "roles" SET "permissions" = array_append("permissions", 'system.manage')
WHERE "code" = 'data_bureau_officer' AND "builtin" AND NOT ('system.manage' = ANY("permissions"));
