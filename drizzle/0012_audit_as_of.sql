CREATE TABLE "audit_findings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"text" text NOT NULL,
	"severity" text NOT NULL,
	"article" text NOT NULL,
	"answer_due_on" text NOT NULL,
	"recorded_by" uuid NOT NULL,
	"recorded_org_id" uuid NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	"answer" text,
	"answer_document_id" uuid,
	"answered_by" uuid,
	"answered_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "project_versions" (
	"project_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"action" text NOT NULL,
	"actor_user_id" uuid,
	"project" jsonb NOT NULL,
	"chapters" jsonb NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	CONSTRAINT "project_versions_project_id_version_pk" PRIMARY KEY("project_id","version")
);
--> statement-breakpoint
ALTER TABLE "audit_findings" ADD CONSTRAINT "audit_findings_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_versions" ADD CONSTRAINT "project_versions_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_findings_project_idx" ON "audit_findings" USING btree ("project_id","recorded_at");--> statement-breakpoint
CREATE INDEX "project_versions_at_idx" ON "project_versions" USING btree ("project_id","at");--> statement-breakpoint
-- Hand-written (issue 10, docs/decisions/0004): project versions are append-only, like the audit trail.
CREATE OR REPLACE FUNCTION project_versions_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'project_versions is append-only: % refused', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER project_versions_no_update_delete
  BEFORE UPDATE OR DELETE ON project_versions
  FOR EACH ROW EXECUTE FUNCTION project_versions_refuse_change();
--> statement-breakpoint
-- The baseline of every existing project: its state now, valid from its last change (updated_at), recorded
-- at migration time. Earlier states of these projects were not kept; an as-of read before the baseline says so.
-- The same shape as src/db/project-versions-repo.ts writes (the JSON of each row, the database's column names).
INSERT INTO project_versions (project_id, version, at, action, actor_user_id, project, chapters, recorded_at)
SELECT p.id, p.version, p.updated_at, 'baseline', NULL, to_jsonb(p),
  jsonb_build_object(
    'project_applications', COALESCE((SELECT jsonb_agg(to_jsonb(x) ORDER BY x.round) FROM project_applications x WHERE x.project_id = p.id), '[]'::jsonb),
    'project_contracts', COALESCE((SELECT jsonb_agg(to_jsonb(x) ORDER BY x.round) FROM project_contracts x WHERE x.project_id = p.id), '[]'::jsonb),
    'project_decentralisations', COALESCE((SELECT jsonb_agg(to_jsonb(x)) FROM project_decentralisations x WHERE x.project_id = p.id), '[]'::jsonb),
    'project_trials', COALESCE((SELECT jsonb_agg(to_jsonb(x) ORDER BY x.attempt) FROM project_trials x WHERE x.project_id = p.id), '[]'::jsonb),
    'project_acceptances', COALESCE((SELECT jsonb_agg(to_jsonb(x) ORDER BY x.attempt) FROM project_acceptances x WHERE x.project_id = p.id), '[]'::jsonb),
    'self_evaluations', COALESCE((SELECT jsonb_agg(to_jsonb(x) ORDER BY x.year) FROM self_evaluations x WHERE x.project_id = p.id), '[]'::jsonb)
  ),
  now()
FROM projects p
ON CONFLICT DO NOTHING;
--> statement-breakpoint
-- The audit bureau audits (Art.34): reads a project as of a date, records findings.
UPDATE "roles" SET "permissions" = array_append("permissions", 'project.audit')
WHERE "code" = 'auditor' AND "builtin" AND NOT ('project.audit' = ANY("permissions"));
