// Migration 0005 moves the review-to-contract columns of `projects` into their chapter records
// (issue 8: "migrate the existing data"). A database at 0004 with a project at each step of that
// chapter is migrated, and every fact must be found again in its new place. Migration 0016 back-fills
// projects.disbursed_at from the disbursements recorded before it (issue 12).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const source = path.resolve('drizzle');
let dir = '';
let client: PGlite;

/** A migrations folder holding only the first `n` migrations of the real one. */
function firstMigrations(n: number): string {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'govit-mig-'));
  fs.mkdirSync(path.join(out, 'meta'));
  const journal = JSON.parse(fs.readFileSync(path.join(source, 'meta/_journal.json'), 'utf8'));
  journal.entries = journal.entries.slice(0, n);
  fs.writeFileSync(path.join(out, 'meta/_journal.json'), JSON.stringify(journal));
  for (const e of journal.entries) fs.copyFileSync(path.join(source, `${e.tag}.sql`), path.join(out, `${e.tag}.sql`));
  return out;
}

const one = async <T>(q: string): Promise<T> => (await client.query<T>(q)).rows[0];

beforeAll(async () => {
  client = new PGlite();
  dir = firstMigrations(5); // 0000–0004
  await migrate(drizzle({ client }), { migrationsFolder: dir });
  const t = "'2026-09-01T02:00:00Z'";
  await client.exec(`
    INSERT INTO organizations (id, code, name, kind, roles, created_at, updated_at) VALUES
      ('00000000-0000-4000-8000-000000000001', 'unit', '区市场监管局', 'department', '{declarant}', ${t}, ${t}),
      ('00000000-0000-4000-8000-000000000002', 'zw', '钟吾大数据集团', 'enterprise', '{implementer}', ${t}, ${t}),
      ('00000000-0000-4000-8000-000000000003', 'sup', '监理公司', 'enterprise', '{supervisor}', ${t}, ${t});
    INSERT INTO annual_calls (id, plan_year, title, deadline_at, edition_id, created_by, created_at, updated_at) VALUES
      ('00000000-0000-4000-8000-0000000000c1', 2027, '2027年度申报通知', '2026-10-15T15:59:59.999Z', 'sucheng-2024',
       '00000000-0000-4000-8000-0000000000aa', ${t}, ${t});
    -- Listed only: nothing of the chapter yet.
    INSERT INTO projects (id, code, call_id, plan_year, name, declaring_org_id, stage, created_by, created_at, updated_at)
    VALUES ('00000000-0000-4000-8000-0000000000a1', 'SC-2027-0001', '00000000-0000-4000-8000-0000000000c1',
      2027, '列入清单的项目', '00000000-0000-4000-8000-000000000001', 'listed', '00000000-0000-4000-8000-0000000000aa', ${t}, ${t});
  `);
  // Under construction in its second joint review round, with everything recorded.
  await client.exec(`
    INSERT INTO projects (id, code, call_id, plan_year, name, declaring_org_id, stage, created_by, created_at, updated_at,
      approval_route, ndrc_required, ndrc_approval, control_price_fen, recovery_fen, revision_due_at, revision_submitted_at,
      revision_overdue, form_digest, form_code, approved_at, decentral, procurement, implementer_org_id, contract_fen,
      supervision, supervisor_org_id, construction_started_at)
    VALUES ('00000000-0000-4000-8000-0000000000a2', 'SC-2027-0002', '00000000-0000-4000-8000-0000000000c1', 2027,
      '建设中的项目', '00000000-0000-4000-8000-000000000001', 'construction', '00000000-0000-4000-8000-0000000000aa',
      ${t}, ${t},
      '{"ndrcRequired": true, "requiredDocuments": [], "simplifiedPaths": [], "extraApprovals": [], "findings": [],
        "flags": {"inPlan": true}, "path": "in_plan", "at": "2026-09-02T01:00:00.000Z", "jointRound": 2}',
      true, '{"docNumber": "宿城发改审〔2026〕5号", "date": "2026-09-03", "userId": "u", "at": "2026-09-03T01:00:00Z"}',
      2800000000, 20000000, '2026-09-07T15:59:59.999Z', '2026-09-08T02:00:00Z', true, 'abc', 'JR-AAAA-BBBB-CCCC',
      '2026-09-10T02:00:00Z',
      '{"requested": true, "basis": "upper_level", "reason": "省统一部署", "consultationApproved": true,
        "consultation": {"docNumber": "会商〔2026〕1号", "date": "2026-09-04"}, "governmentApproved": false}',
      '{"method": "public_tender", "date": "2026-09-20", "implementerOrgId": "00000000-0000-4000-8000-000000000002",
        "contractFen": 2790000000, "contractDocumentId": "00000000-0000-4000-8000-0000000000d1"}',
      '00000000-0000-4000-8000-000000000002', 2790000000,
      '{"supervisorOrgId": "00000000-0000-4000-8000-000000000003", "contractFen": 56000000, "date": "2026-09-21"}',
      '00000000-0000-4000-8000-000000000003', '2026-09-22T02:00:00Z');
  `);
  // Up to 0015, then payments as they stood before migration 0016 kept the first disbursement on the project.
  const upTo15 = firstMigrations(16);
  await migrate(drizzle({ client }), { migrationsFolder: upTo15 });
  fs.rmSync(upTo15, { recursive: true, force: true });
  await client.exec(`
    INSERT INTO project_payments (project_id, kind, amount_fen, paid_on, recorded_by, recorded_at) VALUES
      ('00000000-0000-4000-8000-0000000000a2', 'disbursement', 100, '2026-12-01', '00000000-0000-4000-8000-0000000000aa', '2026-12-01T02:00:00Z'),
      ('00000000-0000-4000-8000-0000000000a2', 'disbursement', 100, '2026-11-20', '00000000-0000-4000-8000-0000000000aa', '2026-11-20T02:00:00Z'),
      ('00000000-0000-4000-8000-0000000000a2', 'payment', 100, '2026-11-01', '00000000-0000-4000-8000-0000000000aa', '2026-11-01T02:00:00Z'),
      ('00000000-0000-4000-8000-0000000000a1', 'payment', 100, '2026-11-01', '00000000-0000-4000-8000-0000000000aa', '2026-11-01T02:00:00Z');
  `);
  await migrate(drizzle({ client }), { migrationsFolder: source });
});

afterAll(async () => {
  await client?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('migration 0005: chapter records by round', () => {
  it('every project takes its call’s edition; one without an application stays at round 0', async () => {
    const p = await one<{ edition_id: string; application_round: number }>(
      "SELECT edition_id, application_round FROM projects WHERE code = 'SC-2027-0001'",
    );
    expect(p).toEqual({ edition_id: 'sucheng-2024', application_round: 0 });
    expect(
      await one(
        "SELECT count(*)::int AS n FROM project_applications WHERE project_id = '00000000-0000-4000-8000-0000000000a1'",
      ),
    ).toEqual({ n: 0 });
  });

  it('the application, joint review, final version and approval land in their round', async () => {
    const p = await one<{ application_round: number }>(
      "SELECT application_round FROM projects WHERE code = 'SC-2027-0002'",
    );
    expect(p.application_round).toBe(2);
    const a = await one<Record<string, unknown>>(
      "SELECT * FROM project_applications WHERE project_id = '00000000-0000-4000-8000-0000000000a2'",
    );
    expect(a).toMatchObject({
      round: 2,
      path: 'in_plan',
      ndrc_required: true,
      ndrc_approval: { docNumber: '宿城发改审〔2026〕5号' },
      control_price_fen: 2800000000,
      recovery_fen: 20000000,
      revision_overdue: true,
      form_code: 'JR-AAAA-BBBB-CCCC',
      superseded_at: null,
    });
    expect((a.submitted_at as Date).toISOString()).toBe('2026-09-02T01:00:00.000Z');
    expect((a.approved_at as Date).toISOString()).toBe('2026-09-10T02:00:00.000Z');
  });

  it('the contract, supervision and construction start land in the same round; the request for decentralised construction keeps its approvals', async () => {
    const c = await one<Record<string, unknown>>(
      "SELECT * FROM project_contracts WHERE project_id = '00000000-0000-4000-8000-0000000000a2'",
    );
    expect(c).toMatchObject({
      round: 2,
      procurement_method: 'public_tender',
      procurement_date: '2026-09-20',
      implementer_org_id: '00000000-0000-4000-8000-000000000002',
      contract_fen: 2790000000,
      contract_document_id: '00000000-0000-4000-8000-0000000000d1',
      supervisor_org_id: '00000000-0000-4000-8000-000000000003',
      supervision_fen: 56000000,
      supervision_date: '2026-09-21',
    });
    expect((c.construction_started_at as Date).toISOString()).toBe('2026-09-22T02:00:00.000Z');
    const d = await one<Record<string, unknown>>(
      "SELECT * FROM project_decentralisations WHERE project_id = '00000000-0000-4000-8000-0000000000a2'",
    );
    expect(d).toMatchObject({
      basis: 'upper_level',
      reason: '省统一部署',
      consultation: { docNumber: '会商〔2026〕1号', date: '2026-09-04' },
      government: null,
    });
  });

  it('the old columns are gone from projects; the access pointers stay', async () => {
    const cols = (
      await client.query<{ column_name: string }>(
        "SELECT column_name FROM information_schema.columns WHERE table_name = 'projects'",
      )
    ).rows.map((r) => r.column_name);
    for (const gone of ['approval_route', 'control_price_fen', 'form_code', 'procurement', 'supervision', 'decentral'])
      expect(cols).not.toContain(gone);
    expect(cols).toEqual(
      expect.arrayContaining(['implementer_org_id', 'supervisor_org_id', 'application_round', 'edition_id']),
    );
  });
});

describe("migration 0016: the first disbursement kept on the project (finance's to-do, Art.26)", () => {
  it('back-fills disbursed_at with the earliest disbursement recorded; a contract payment alone leaves it empty', async () => {
    const at = async (id: string) =>
      (await one<{ d: string | null }>(`SELECT disbursed_at::text AS d FROM projects WHERE id = '${id}'`)).d;
    expect(await at('00000000-0000-4000-8000-0000000000a2')).toBe('2026-11-20 02:00:00+00');
    expect(await at('00000000-0000-4000-8000-0000000000a1')).toBeNull();
  });
});
