CREATE TABLE "project_code_counters" (
	"plan_year" integer PRIMARY KEY NOT NULL,
	"last_number" integer NOT NULL
);
--> statement-breakpoint
-- Hand-written: carry on each year's numbering where count(*) left it (the codes given so far are 1..count).
INSERT INTO "project_code_counters" ("plan_year", "last_number")
  SELECT "plan_year", count(*)::int FROM "projects" GROUP BY "plan_year";
