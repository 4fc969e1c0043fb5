-- Hand-written (Drizzle has no words for a function): the bigrams of a text, lower-cased, for the
-- project search (issue 12). Any two characters of a name or code are found through a GIN index on
-- govit_bigrams(name || ' ' || code); the query's bigrams must all be there, then ILIKE confirms.
-- Core SQL only, so the embedded database (PGlite) builds the same index.
CREATE OR REPLACE FUNCTION govit_bigrams(t text) RETURNS text[]
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$ SELECT coalesce(array_agg(DISTINCT substr(lower(t), i, 2)), '{}') FROM generate_series(1, char_length(t) - 1) AS i $$;--> statement-breakpoint
DROP INDEX "projects_org_idx";--> statement-breakpoint
CREATE INDEX "projects_updated_idx" ON "projects" USING btree ("updated_at");--> statement-breakpoint
CREATE INDEX "projects_org_updated_idx" ON "projects" USING btree ("declaring_org_id","updated_at");--> statement-breakpoint
CREATE INDEX "projects_year_code_idx" ON "projects" USING btree ("plan_year","code");--> statement-breakpoint
CREATE INDEX "projects_stage_updated_idx" ON "projects" USING btree ("stage","updated_at");--> statement-breakpoint
CREATE INDEX "projects_lead_org_idx" ON "projects" USING btree ("lead_org_id");--> statement-breakpoint
CREATE INDEX "projects_co_orgs_idx" ON "projects" USING gin ("co_org_ids");--> statement-breakpoint
CREATE INDEX "projects_implementer_idx" ON "projects" USING btree ("implementer_org_id");--> statement-breakpoint
CREATE INDEX "projects_supervisor_idx" ON "projects" USING btree ("supervisor_org_id");--> statement-breakpoint
CREATE INDEX "projects_search_idx" ON "projects" USING gin (govit_bigrams("name" || ' ' || "code"));--> statement-breakpoint
CREATE INDEX "review_opinions_party_idx" ON "review_opinions" USING btree ("party","project_id");