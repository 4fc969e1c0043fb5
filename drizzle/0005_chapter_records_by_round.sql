CREATE TABLE "project_applications" (
	"project_id" uuid NOT NULL,
	"round" integer NOT NULL,
	"path" text NOT NULL,
	"route" jsonb NOT NULL,
	"ndrc_required" boolean NOT NULL,
	"ndrc_approval" jsonb,
	"control_price_fen" bigint,
	"recovery_fen" bigint,
	"revision_due_at" timestamp with time zone,
	"revision_deadline" jsonb,
	"revision_submitted_at" timestamp with time zone,
	"revision_overdue" boolean DEFAULT false NOT NULL,
	"form_digest" text,
	"form_code" text,
	"approved_at" timestamp with time zone,
	"submitted_at" timestamp with time zone NOT NULL,
	"submitted_by" uuid NOT NULL,
	"superseded_at" timestamp with time zone,
	CONSTRAINT "project_applications_project_id_round_pk" PRIMARY KEY("project_id","round")
);
--> statement-breakpoint
CREATE TABLE "project_contracts" (
	"project_id" uuid NOT NULL,
	"round" integer NOT NULL,
	"procurement_method" text NOT NULL,
	"procurement_date" text NOT NULL,
	"implementer_org_id" uuid NOT NULL,
	"contract_fen" bigint NOT NULL,
	"contract_document_id" uuid,
	"supervisor_org_id" uuid,
	"supervision_fen" bigint,
	"supervision_date" text,
	"supervision_document_id" uuid,
	"construction_started_at" timestamp with time zone,
	"recorded_at" timestamp with time zone NOT NULL,
	"recorded_by" uuid NOT NULL,
	CONSTRAINT "project_contracts_project_id_round_pk" PRIMARY KEY("project_id","round")
);
--> statement-breakpoint
CREATE TABLE "project_decentralisations" (
	"project_id" uuid PRIMARY KEY NOT NULL,
	"basis" text NOT NULL,
	"reason" text NOT NULL,
	"consultation" jsonb,
	"government" jsonb,
	"requested_at" timestamp with time zone NOT NULL,
	"requested_by" uuid NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
-- The project's edition is its call's (hand-written: existing rows take it from their call).
ALTER TABLE "projects" ADD COLUMN "edition_id" text;--> statement-breakpoint
UPDATE "projects" p SET "edition_id" = c."edition_id" FROM "annual_calls" c WHERE c."id" = p."call_id";--> statement-breakpoint
ALTER TABLE "projects" ALTER COLUMN "edition_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "application_round" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "project_applications" ADD CONSTRAINT "project_applications_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_contracts" ADD CONSTRAINT "project_contracts_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_decentralisations" ADD CONSTRAINT "project_decentralisations_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "project_applications_form_code_uq" ON "project_applications" USING btree ("form_code");--> statement-breakpoint
CREATE INDEX "project_applications_revision_due_idx" ON "project_applications" USING btree ("revision_due_at");--> statement-breakpoint
-- Hand-written: carry the review-to-contract columns over into their chapter records before they go.
-- The application round is the joint-review round kept in the stored route (1 when absent).
INSERT INTO "project_applications" ("project_id", "round", "path", "route", "ndrc_required", "ndrc_approval",
  "control_price_fen", "recovery_fen", "revision_due_at", "revision_submitted_at", "revision_overdue",
  "form_digest", "form_code", "approved_at", "submitted_at", "submitted_by")
SELECT p."id", COALESCE(NULLIF(p."approval_route"->>'jointRound', '')::int, 1), COALESCE(p."approval_route"->>'path', 'standard'),
  p."approval_route", p."ndrc_required", p."ndrc_approval", p."control_price_fen", p."recovery_fen", p."revision_due_at",
  p."revision_submitted_at", p."revision_overdue", p."form_digest", p."form_code", p."approved_at",
  COALESCE((p."approval_route"->>'at')::timestamptz, p."updated_at"), p."created_by"
FROM "projects" p WHERE p."approval_route" IS NOT NULL;--> statement-breakpoint
UPDATE "projects" p SET "application_round" = a."round" FROM "project_applications" a WHERE a."project_id" = p."id";--> statement-breakpoint
INSERT INTO "project_contracts" ("project_id", "round", "procurement_method", "procurement_date", "implementer_org_id",
  "contract_fen", "contract_document_id", "supervisor_org_id", "supervision_fen", "supervision_date", "supervision_document_id",
  "construction_started_at", "recorded_at", "recorded_by")
SELECT p."id", GREATEST(p."application_round", 1), p."procurement"->>'method', p."procurement"->>'date', p."implementer_org_id",
  p."contract_fen", NULLIF(p."procurement"->>'contractDocumentId', '')::uuid, p."supervisor_org_id",
  NULLIF(p."supervision"->>'contractFen', '')::bigint, p."supervision"->>'date', NULLIF(p."supervision"->>'contractDocumentId', '')::uuid,
  p."construction_started_at", p."updated_at", p."created_by"
FROM "projects" p WHERE p."procurement" IS NOT NULL AND p."implementer_org_id" IS NOT NULL;--> statement-breakpoint
INSERT INTO "project_decentralisations" ("project_id", "basis", "reason", "consultation", "government", "requested_at", "requested_by", "updated_at")
SELECT p."id", COALESCE(p."decentral"->>'basis', 'upper_level'), COALESCE(p."decentral"->>'reason', ''),
  CASE WHEN (p."decentral"->>'consultationApproved')::boolean THEN p."decentral"->'consultation' END,
  CASE WHEN (p."decentral"->>'governmentApproved')::boolean THEN p."decentral"->'government' END,
  p."updated_at", p."created_by", p."updated_at"
FROM "projects" p WHERE (p."decentral"->>'requested')::boolean;--> statement-breakpoint
ALTER TABLE "projects" DROP COLUMN "approval_route";--> statement-breakpoint
ALTER TABLE "projects" DROP COLUMN "ndrc_required";--> statement-breakpoint
ALTER TABLE "projects" DROP COLUMN "ndrc_approval";--> statement-breakpoint
ALTER TABLE "projects" DROP COLUMN "control_price_fen";--> statement-breakpoint
ALTER TABLE "projects" DROP COLUMN "recovery_fen";--> statement-breakpoint
ALTER TABLE "projects" DROP COLUMN "revision_due_at";--> statement-breakpoint
ALTER TABLE "projects" DROP COLUMN "revision_submitted_at";--> statement-breakpoint
ALTER TABLE "projects" DROP COLUMN "revision_overdue";--> statement-breakpoint
ALTER TABLE "projects" DROP COLUMN "form_digest";--> statement-breakpoint
ALTER TABLE "projects" DROP COLUMN "form_code";--> statement-breakpoint
ALTER TABLE "projects" DROP COLUMN "approved_at";--> statement-breakpoint
ALTER TABLE "projects" DROP COLUMN "decentral";--> statement-breakpoint
ALTER TABLE "projects" DROP COLUMN "procurement";--> statement-breakpoint
ALTER TABLE "projects" DROP COLUMN "contract_fen";--> statement-breakpoint
ALTER TABLE "projects" DROP COLUMN "supervision";--> statement-breakpoint
ALTER TABLE "projects" DROP COLUMN "construction_started_at";