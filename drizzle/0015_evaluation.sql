CREATE TABLE "evaluation_assignments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"evaluator_org_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"assigned_by" uuid NOT NULL,
	"assigned_at" timestamp with time zone NOT NULL,
	"evaluation_id" uuid,
	"completed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "oversight_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"from_org_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"answer_due" text,
	"sent_by" uuid NOT NULL,
	"sent_at" timestamp with time zone NOT NULL,
	"answer" text,
	"answer_document_id" uuid,
	"answered_by" uuid,
	"answered_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "performance_evaluations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"assignment_id" uuid,
	"year" integer NOT NULL,
	"targets" jsonb NOT NULL,
	"score" integer NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"document_id" uuid,
	"targets_unmet" boolean NOT NULL,
	"evaluator_org_id" uuid NOT NULL,
	"evaluated_by" uuid NOT NULL,
	"evaluated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rectification_orders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"round" integer NOT NULL,
	"evaluation_id" uuid,
	"reason" text NOT NULL,
	"ordered_on" text NOT NULL,
	"deadline" text NOT NULL,
	"deadline_rule" jsonb,
	"ordered_by" uuid NOT NULL,
	"ordered_at" timestamp with time zone NOT NULL,
	"answer" text,
	"answer_document_id" uuid,
	"answered_by" uuid,
	"answered_at" timestamp with time zone,
	"decision" text,
	"decision_note" text,
	"decided_by" uuid,
	"decided_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "sanction_steps" (
	"seq" bigserial PRIMARY KEY NOT NULL,
	"project_id" uuid NOT NULL,
	"order_id" uuid NOT NULL,
	"step" text NOT NULL,
	"level_after" text,
	"reason" text NOT NULL,
	"decided_by" uuid NOT NULL,
	"decided_by_org_id" uuid NOT NULL,
	"decided_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "spot_check_draws" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"population" text NOT NULL,
	"year" integer NOT NULL,
	"seed" text NOT NULL,
	"size" integer NOT NULL,
	"population_ids" jsonb NOT NULL,
	"drawn_ids" jsonb NOT NULL,
	"drawn_by" uuid NOT NULL,
	"drawn_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "evaluation_assignments" ADD CONSTRAINT "evaluation_assignments_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_assignments" ADD CONSTRAINT "evaluation_assignments_evaluator_org_id_organizations_id_fk" FOREIGN KEY ("evaluator_org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "oversight_requests" ADD CONSTRAINT "oversight_requests_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "oversight_requests" ADD CONSTRAINT "oversight_requests_from_org_id_organizations_id_fk" FOREIGN KEY ("from_org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "performance_evaluations" ADD CONSTRAINT "performance_evaluations_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rectification_orders" ADD CONSTRAINT "rectification_orders_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sanction_steps" ADD CONSTRAINT "sanction_steps_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "evaluation_assignments_org_idx" ON "evaluation_assignments" USING btree ("evaluator_org_id");--> statement-breakpoint
CREATE UNIQUE INDEX "evaluation_assignments_project_year_uq" ON "evaluation_assignments" USING btree ("project_id","year");--> statement-breakpoint
CREATE INDEX "oversight_requests_project_idx" ON "oversight_requests" USING btree ("project_id","sent_at");--> statement-breakpoint
CREATE INDEX "oversight_requests_from_idx" ON "oversight_requests" USING btree ("from_org_id");--> statement-breakpoint
CREATE INDEX "performance_evaluations_project_idx" ON "performance_evaluations" USING btree ("project_id","evaluated_at");--> statement-breakpoint
CREATE UNIQUE INDEX "rectification_orders_project_round_uq" ON "rectification_orders" USING btree ("project_id","round");--> statement-breakpoint
CREATE UNIQUE INDEX "rectification_orders_one_open_uq" ON "rectification_orders" USING btree ("project_id") WHERE decision IS NULL;--> statement-breakpoint
CREATE INDEX "sanction_steps_project_idx" ON "sanction_steps" USING btree ("project_id","seq");