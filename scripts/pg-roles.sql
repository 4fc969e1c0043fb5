-- Two database roles for GovIT on a PostgreSQL server (issue 11 finding 1; 等保 §8.1.4.3 c, 三权分立;
-- docs/security.md "Operator duties"; docs/decisions/0005-audit-keying-and-anchoring.md):
--
--   owner  (MIGRATION_DATABASE_URL)  owns the database, its schemas and every table; runs the migrations.
--   app    (DATABASE_URL)            the server at work: reads and writes business tables, but may only
--                                    INSERT and SELECT audit rows. Not an owner, it can neither ALTER
--                                    the table nor DISABLE its append-only triggers (0001), so no
--                                    UPDATE, DELETE or TRUNCATE of audit_events from the application.
--
-- Run as a superuser (or a role with CREATEROLE and CREATEDB), once before the first start and again
-- after an upgrade or a restore (it is idempotent); the server started with MIGRATION_DATABASE_URL, and
-- npm run restore, also revoke UPDATE/DELETE/TRUNCATE on audit_events and project_versions from the app role
-- (keepAuditAppendOnly, src/db/client.ts):
--
--   psql "postgres://postgres@db-host/postgres" -v ON_ERROR_STOP=1 \
--     -v db=govit -v owner=govit_owner -v app=govit_app \
--     -v owner_password="$(openssl rand -hex 16)" -v app_password="$(openssl rand -hex 16)" \
--     -f scripts/pg-roles.sql
--
-- then start the server with
--   MIGRATION_DATABASE_URL=postgres://govit_owner:…@db-host/govit
--   DATABASE_URL=postgres://govit_app:…@db-host/govit
-- Keep the owner's password with the database administrator, not on the application host when no
-- upgrade is running (the server needs MIGRATION_DATABASE_URL only while migrations are pending).
-- Backups (npm run backup) dump as MIGRATION_DATABASE_URL when set; pg_restore needs both roles to
-- exist on the target server first (run this script there before npm run restore).

\set ON_ERROR_STOP 1

-- 1. The roles (passwords are set again on every run: rotation is a re-run).
SELECT format('CREATE ROLE %I LOGIN', :'owner') WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'owner')
\gexec
SELECT format('CREATE ROLE %I LOGIN', :'app') WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'app')
\gexec
ALTER ROLE :"owner" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS PASSWORD :'owner_password';
ALTER ROLE :"app" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS NOINHERIT PASSWORD :'app_password';

-- 2. The database, owned by the owner role.
SELECT format('CREATE DATABASE %I OWNER %I ENCODING %L TEMPLATE template0', :'db', :'owner', 'UTF8')
  WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'db')
\gexec
ALTER DATABASE :"db" OWNER TO :"owner";
REVOKE ALL ON DATABASE :"db" FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE :"db" TO :"app";

\connect :"db"

-- 3. Schemas: the owner's; the app may use them but create nothing in them.
ALTER SCHEMA public OWNER TO :"owner";
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO :"app";
-- drizzle's migrations journal (schema drizzle, created by the first migration — not here, so that a
-- restore target stays empty for pg_restore): the owner's; the app reads it to see nothing is pending.
ALTER DEFAULT PRIVILEGES FOR ROLE :"owner" GRANT USAGE ON SCHEMAS TO :"app";
ALTER DEFAULT PRIVILEGES FOR ROLE :"owner" GRANT SELECT ON TABLES TO :"app";
SELECT format('ALTER SCHEMA drizzle OWNER TO %I', :'owner') WHERE to_regnamespace('drizzle') IS NOT NULL
\gexec
SELECT format('GRANT USAGE ON SCHEMA drizzle TO %I', :'app') WHERE to_regnamespace('drizzle') IS NOT NULL
\gexec

-- 4. Tables the owner creates from now on (migrations): the app reads and writes them …
ALTER DEFAULT PRIVILEGES FOR ROLE :"owner" IN SCHEMA public
  GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO :"app";
ALTER DEFAULT PRIVILEGES FOR ROLE :"owner" IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO :"app";
ALTER DEFAULT PRIVILEGES FOR ROLE :"owner" IN SCHEMA public GRANT EXECUTE ON FUNCTIONS TO :"app";

-- … and the ones already there (a re-run after an upgrade, or a database restored from a backup).
SELECT format('ALTER TABLE %I.%I OWNER TO %I', schemaname, tablename, :'owner')
  FROM pg_tables WHERE schemaname IN ('public', 'drizzle') AND tableowner <> :'owner'
\gexec
SELECT format('ALTER SEQUENCE %I.%I OWNER TO %I', sequence_schema, sequence_name, :'owner')
  FROM information_schema.sequences s
  WHERE sequence_schema IN ('public', 'drizzle')
    AND NOT EXISTS (SELECT 1 FROM pg_depend d JOIN pg_class c ON c.oid = d.objid
                    WHERE c.relname = s.sequence_name AND d.deptype IN ('a', 'i'))
\gexec
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO :"app";
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO :"app";
SELECT format('GRANT SELECT ON ALL TABLES IN SCHEMA drizzle TO %I', :'app') WHERE to_regnamespace('drizzle') IS NOT NULL
\gexec

-- 5. The audit trail and the as-of history of projects (Art.34, docs/decisions/0004): read and
--    append only. No UPDATE, DELETE, TRUNCATE, TRIGGER or REFERENCES.
SELECT format('REVOKE ALL ON TABLE public.%I FROM %I, PUBLIC', t, :'app')
  FROM unnest(ARRAY['audit_events', 'project_versions']) AS t WHERE to_regclass('public.' || t) IS NOT NULL
\gexec
SELECT format('GRANT SELECT, INSERT ON TABLE public.%I TO %I', t, :'app')
  FROM unnest(ARRAY['audit_events', 'project_versions']) AS t WHERE to_regclass('public.' || t) IS NOT NULL
\gexec
