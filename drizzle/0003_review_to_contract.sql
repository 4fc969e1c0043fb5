CREATE TABLE "project_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"content" text NOT NULL,
	"change_fen" bigint NOT NULL,
	"total_after_fen" bigint NOT NULL,
	"ground" text,
	"route" text NOT NULL,
	"reasons" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "approval_route" jsonb;--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "ndrc_required" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "ndrc_approval" jsonb;--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "control_price_fen" bigint;--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "recovery_fen" bigint;--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "revision_due_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "revision_submitted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "revision_overdue" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "form_digest" text;--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "form_code" text;--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "approved_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "decentral" jsonb;--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "procurement" jsonb;--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "implementer_org_id" uuid;--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "contract_fen" bigint;--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "supervision" jsonb;--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "supervisor_org_id" uuid;--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "construction_started_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "review_opinions" ADD COLUMN "dimensions" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "project_changes" ADD CONSTRAINT "project_changes_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "project_changes_project_idx" ON "project_changes" USING btree ("project_id");