// Projects: create a draft, list what the person may see, read one, save the draft (autosave with
// a version, so two people editing never silently overwrite each other), and live rule findings.
import { and, desc, eq, or, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { annualCalls, organizations, projects } from '../../db/schema.js';
import { recordProjectVersion } from '../../db/project-versions-repo.js';
import { asOfDate, presentProjectAsOf } from './as-of.js';
import { nextProjectNumber, projectCode } from '../../db/project-code-repo.js';
import { editionOfProject } from '../../domain/editions/resolve.js';
import { runRules } from '../../domain/rules/index.js';
import { STAGE_CODES, type Stage } from '../../domain/lifecycle/stages.js';
import { submissionOutcome } from '../../domain/lifecycle/submission.js';
import { AppError } from '../errors.js';
import { requirePermission, requireUser } from '../auth/guard.js';
import type { AuthContext } from '../auth/context.js';
import type { ZApp } from '../zapp.js';
import { setEtag } from '../platform/versioning.js';
import { loadProject } from './access.js';
import { declarationInputFor } from './declaration-input.js';
import { declarationFormSchema, emptyForm, projectFieldsSchema } from './form-schema.js';
import { recordProjectEvent } from './history.js';
import { presentProject, presentProjectSummary } from './presenter.js';
import { FindingsResultSchema, ProjectSummaryPageSchema } from './plan-responses.js';
import { ProjectAsOfSchema, ProjectSchema } from './responses.js';
import { orgNameMap } from './org-names.js';
import { slimColumns, withoutForm } from './record.js';
import { countProjects, SEARCH_COUNT_CAP } from './search-count.js';

const idParams = z.object({ id: z.uuid('无效的项目编号') });

/** The SQL form of access.canSee, for lists (org-scoped; drafts stay with their unit). */
export function visibleProjects(auth: AuthContext): SQL {
  const has = (p: string) => auth.permissions.has(p as never);
  const own = or(
    eq(projects.declaringOrgId, auth.org.id),
    eq(projects.leadOrgId, auth.org.id),
    // `@>` rather than `= ANY(…)`: the GIN index on co_org_ids answers it.
    sql`${projects.coOrgIds} @> ARRAY[${auth.org.id}]::uuid[]`,
  );
  const parts: (SQL | undefined)[] = [];
  if (has('project.view_own') || has('project.declare')) parts.push(own);
  // Implementer and supervisor: the projects they are contracted for (Art.16, 19), as in canSee.
  if (has('project.view_own'))
    parts.push(or(eq(projects.implementerOrgId, auth.org.id), eq(projects.supervisorOrgId, auth.org.id)));
  if (has('project.forward')) {
    parts.push(
      and(
        sql`${projects.stage} <> 'draft'`,
        sql`${projects.declaringOrgId} IN (SELECT id FROM organizations WHERE parent_id = ${auth.org.id})`,
      ),
    );
  }
  if (has('project.view_all')) parts.push(sql`${projects.stage} NOT IN ('draft', 'sector_review')`);
  return parts.length ? or(...parts)! : sql`false`;
}

/**
 * Search by any two or more characters of the name, the code or the declaring unit's name (issue 12).
 * The name and code are found through the bigram index (projects_search_idx, migration 0009) and
 * confirmed by ILIKE; the unit through its id (the units are few). One character has no bigram: it scans.
 */
export function projectSearch(q: string): SQL {
  const like = `%${q.replace(/[\\%_]/g, '\\$&')}%`;
  const text = sql`(${projects.name} || ' ' || ${projects.code})`;
  // ILIKE first: inside the OR PostgreSQL keeps this order, and a row the index brings (or the list's
  // order walks past) that does not match is then refused without recomputing its bigrams.
  const byText =
    [...q].length >= 2
      ? sql`(${text} ILIKE ${like} AND govit_bigrams(${text}) @> govit_bigrams(${q}))`
      : sql`${text} ILIKE ${like}`;
  const byUnit = sql`${projects.declaringOrgId} = ANY(ARRAY(SELECT ${organizations.id} FROM ${organizations} WHERE ${organizations.name} ILIKE ${like}))`;
  return sql`(${byText} OR ${byUnit})`;
}

export async function projectRoutes(app: ZApp) {
  const { db } = app.services;

  app.post(
    '/projects',
    {
      schema: {
        tags: ['projects'],
        summary: '新建项目草稿（申报单位）',
        body: projectFieldsSchema.partial().extend({
          callId: z.uuid(),
          name: projectFieldsSchema.shape.name,
          form: declarationFormSchema.optional(),
        }),
        response: { 201: ProjectSchema },
      },
    },
    async (req, reply) => {
      const auth = await requirePermission(req, 'project.declare');
      const b = req.body;
      const [call] = await db.select().from(annualCalls).where(eq(annualCalls.id, b.callId));
      if (!call) throw new AppError(400, 'CALL_NOT_FOUND', '申报通知不存在', { field: 'callId' });
      if (call.status !== 'open') throw new AppError(409, 'CALL_CLOSED', '该年度申报通知已关闭', { article: 'Art.8' });
      const created = await db.transaction(async (tx) => {
        // The year's counter row (UPDATE … RETURNING): gap-free, and only this year's declarations wait on it.
        const n = await nextProjectNumber(tx, call.planYear);
        const [row] = await tx
          .insert(projects)
          .values({
            createdAt: req.now,
            updatedAt: req.now,
            code: projectCode(call.planYear, n),
            callId: call.id,
            planYear: call.planYear,
            name: b.name,
            declaringOrgId: auth.org.id,
            leadOrgId: b.leadOrgId ?? auth.org.id,
            coOrgIds: b.coOrgIds ?? [],
            category: b.category ?? null,
            kind: b.kind ?? null,
            classified: b.classified ?? false,
            totalFen: b.totalFen ?? 0,
            form: b.form ?? emptyForm(),
            editionId: call.editionId,
            createdBy: auth.user.id,
          })
          .returning();
        await recordProjectEvent(tx, req, { projectId: row.id, action: 'project.created', toStage: 'draft' });
        // Version 1, for as-of reads (Art.34, docs/decisions/0004).
        await recordProjectVersion(tx, row.id, { at: req.now, action: 'project.created', actorUserId: auth.user.id });
        return row;
      });
      setEtag(reply, created.version);
      return reply.status(201).send(
        presentProject({
          auth,
          project: created,
          application: null,
          contract: null,
          decentral: null,
          trial: null,
          acceptance: null,
          declaringParentId: auth.org.parentId,
          relations: new Set(['declarant']),
        }),
      );
    },
  );

  app.get(
    '/projects',
    {
      schema: {
        tags: ['projects'],
        summary: '项目列表（按本人可见范围）',
        querystring: z.object({
          year: z.coerce.number().int().optional(),
          stage: z.enum(STAGE_CODES as [Stage, ...Stage[]]).optional(),
          orgId: z.uuid().optional(),
          category: z.string().max(40).optional(),
          q: z.string().max(50).optional(),
          urgent: z.coerce.boolean().optional(),
          page: z.coerce.number().int().min(1).default(1),
          pageSize: z.coerce.number().int().min(1).max(200).default(20),
        }),
        response: { 200: ProjectSummaryPageSchema },
      },
    },
    async (req) => {
      const auth = requireUser(req);
      const q = req.query;
      const where = and(
        visibleProjects(auth),
        q.year ? eq(projects.planYear, q.year) : undefined,
        q.stage ? eq(projects.stage, q.stage) : undefined,
        q.orgId ? eq(projects.declaringOrgId, q.orgId) : undefined,
        q.category ? eq(projects.category, q.category) : undefined,
        q.urgent ? eq(projects.urgent, true) : undefined,
        q.q?.trim() ? projectSearch(q.q.trim()) : undefined,
      );
      // The page (without the 2 kB form, with its unit's name) and the total, side by side: exact, or
      // for a text search up to SEARCH_COUNT_CAP matches (totalCapped beyond it).
      const search = q.q?.trim();
      const [rows, count] = await Promise.all([
        db
          .select({ project: slimColumns, orgName: organizations.name })
          .from(projects)
          .innerJoin(organizations, eq(organizations.id, projects.declaringOrgId))
          .where(where)
          .orderBy(desc(projects.updatedAt))
          .limit(q.pageSize)
          .offset((q.page - 1) * q.pageSize),
        countProjects(db, where, search ? SEARCH_COUNT_CAP : null),
      ]);
      const names = new Map(rows.map((r) => [r.project.declaringOrgId, r.orgName]));
      return {
        items: rows.map((r) => presentProjectSummary(withoutForm(r.project), names)),
        total: count.total,
        totalCapped: count.capped,
        page: q.page,
        pageSize: q.pageSize,
      };
    },
  );

  app.get(
    '/projects/:id',
    {
      schema: {
        tags: ['projects'],
        summary: '项目详情（含可执行操作）；asOf=某日：审计按日查阅该日日终的状态（只读，第三十四条）',
        params: idParams,
        querystring: z.object({ asOf: asOfDate.optional() }),
        // With asOf: the project as it stood, read-only, with `asOf` (Art.34); without: today's.
        response: { 200: z.union([ProjectAsOfSchema, ProjectSchema]) },
      },
    },
    async (req, reply) => {
      // Audit as of a date (Art.34, src/server/projects/as-of.ts): read-only, no ETag (nothing to write against).
      if (req.query.asOf) return presentProjectAsOf(db, req, req.params.id, req.query.asOf);
      const access = await loadProject(db, req, req.params.id);
      setEtag(reply, access.project.version);
      const names = await orgNameMap(db, [
        access.project.declaringOrgId,
        ...(access.project.leadOrgId ? [access.project.leadOrgId] : []),
        ...access.project.coOrgIds,
      ]);
      return presentProject(access, names);
    },
  );

  app.get(
    '/projects/:id/findings',
    {
      schema: {
        tags: ['projects'],
        summary: '实时规则检查（每条附条款）',
        params: idParams,
        response: { 200: FindingsResultSchema },
      },
    },
    async (req) => {
      const access = await loadProject(db, req, req.params.id);
      const edition = editionOfProject(access.project);
      const input = await declarationInputFor(db, access.project, {
        at: req.now,
        forwarded:
          access.project.stage !== 'draft' &&
          access.project.stage !== 'sector_review' &&
          access.project.stage !== 'returned',
      });
      const findings = runRules('declare', input, edition);
      const outcome = submissionOutcome(findings);
      return {
        findings,
        blocking: outcome.ok ? 0 : outcome.blocking.length,
        route: outcome.ok ? outcome.to : null,
        urgent: outcome.ok && outcome.urgent,
        edition: edition.id,
        checkedAt: req.now.toISOString(),
      };
    },
  );
}
