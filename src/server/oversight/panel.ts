// The project's 绩效评价与整改 panel (Art.22, 31, 33): the targets declared, every evaluation with its
// scores, the third-party assignments, the rectification rounds with the owner's answers and the data
// bureau's judgements, the steps of the sanction ladder (who decided, when), and the oversight requests
// with their answers. Whoever sees the project sees the panel (accessTo: 404 otherwise; an evaluator
// only on projects assigned to it). Plus the cockpit's query: the sanction in force per project.
import { inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { currentSanctions, oversightRecordsOf } from '../../db/oversight-repo.js';
import { projects, users } from '../../db/schema.js';
import { OVERSIGHT_ORG_ROLES } from '../../domain/oversight/requests.js';
import { SANCTION_LEVELS } from '../../domain/oversight/sanctions.js';
import { requirePermission, requireUser } from '../auth/guard.js';
import { accessTo } from '../projects/access.js';
import { orgNameMap } from '../projects/org-names.js';
import type { ZApp } from '../zapp.js';
import { idParams } from './evaluations.js';
import { declaredTargets } from './shared.js';
import { presentAssignment, presentEvaluation, presentOrder, presentRequest, presentStep } from './present.js';
import { OversightPanelDataSchema, SanctionListSchema } from './responses.js';

async function userNameMap(db: Db, ids: (string | null)[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids.filter((x): x is string => x !== null))];
  if (unique.length === 0) return new Map();
  const rows = await db.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, unique));
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function panelRoutes(app: ZApp) {
  const { db } = app.services;

  app.get(
    '/projects/:id/oversight',
    {
      schema: {
        tags: ['oversight'],
        summary:
          '项目的绩效评价与整改：绩效目标评分、整改通知与答复、逐级处理记录、监督事项（第二十二条、第三十一条、第三十三条）',
        params: idParams,
        response: { 200: OversightPanelDataSchema },
      },
    },
    async (req) => {
      const auth = requireUser(req);
      const access = await accessTo(db, auth, req.params.id, req.now);
      const r = await oversightRecordsOf(db, access.project.id);
      const names = await userNameMap(db, [
        ...r.evaluations.map((e) => e.evaluatedBy),
        ...r.orders.flatMap((o) => [o.orderedBy, o.answeredBy, o.decidedBy]),
        ...r.steps.map((s) => s.decidedBy),
        ...r.requests.flatMap((q) => [q.sentBy, q.answeredBy]),
      ]);
      const orgs = await orgNameMap(db, [
        ...r.evaluations.map((e) => e.evaluatorOrgId),
        ...r.assignments.map((a) => a.evaluatorOrgId),
        ...r.steps.map((s) => s.decidedByOrgId),
        ...r.requests.map((q) => q.fromOrgId),
      ]);
      const who = (id: string | null) => (id ? (names.get(id) ?? null) : null);
      const sanction = access.oversight?.sanction ?? null;
      const rel = access.relations;
      const isBureau =
        OVERSIGHT_ORG_ROLES.some((x) => auth.org.roles.includes(x)) && auth.permissions.has('project.view_all');
      return {
        projectId: access.project.id,
        stage: access.project.stage,
        targets: declaredTargets(access.project),
        sanction: sanction ? { level: sanction, ...SANCTION_LEVELS[sanction] } : null,
        evaluations: r.evaluations.map((e) => ({
          ...presentEvaluation(e),
          evaluatedByName: who(e.evaluatedBy),
          evaluatorOrg: orgs.get(e.evaluatorOrgId) ?? null,
        })),
        assignments: r.assignments.map((a) => ({
          ...presentAssignment(a),
          evaluator: orgs.get(a.evaluatorOrgId) ?? null,
        })),
        orders: r.orders.map((o) => ({
          ...presentOrder(o),
          orderedByName: who(o.orderedBy),
          answeredByName: who(o.answeredBy),
          decidedByName: who(o.decidedBy),
        })),
        steps: r.steps.map((s) => ({
          ...presentStep(s),
          decidedByName: who(s.decidedBy),
          decidedByOrg: orgs.get(s.decidedByOrgId) ?? null,
        })),
        requests: r.requests.map((q) => ({
          ...presentRequest(q),
          fromOrg: orgs.get(q.fromOrgId) ?? null,
          sentByName: who(q.sentBy),
          answeredByName: who(q.answeredBy),
        })),
        can: {
          evaluate: rel.has('data_bureau') || rel.has('evaluator'),
          assign: rel.has('data_bureau'),
          sendRequest: isBureau,
          answerRequest: rel.has('declarant'),
        },
      };
    },
  );

  app.get(
    '/sanctions',
    {
      schema: {
        tags: ['oversight'],
        summary: '在处理中的项目及其当前处理等级（通报批评、暂缓拨付、暂停建设、终止；驾驶舱用，第三十三条）',
        response: { 200: SanctionListSchema },
      },
    },
    async (req) => {
      await requirePermission(req, 'project.view_all');
      const current = await currentSanctions(db);
      const ids = [...current.keys()];
      const rows = ids.length
        ? await db
            .select({ id: projects.id, code: projects.code, name: projects.name, stage: projects.stage })
            .from(projects)
            .where(inArray(projects.id, ids))
        : [];
      return {
        items: rows.map((p) => {
          const s = current.get(p.id)!;
          return { project: p, level: s.level, since: s.since.toISOString(), ...SANCTION_LEVELS[s.level] };
        }),
      };
    },
  );
}
