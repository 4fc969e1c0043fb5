// 待办 (GET /todo): every project where the person has work waiting, with the action, its article
// and, for the final version, its deadline — the same actions the project page offers (one table
// in src/domain/lifecycle decides them), filtered to the to-dos.
import { and, eq, getTableColumns, notInArray } from 'drizzle-orm';
import { annualCalls, organizations, projects, reviewOpinions } from '../../db/schema.js';
import { defaultEdition, getEdition } from '../../domain/editions/index.js';
import { todoActions } from '../../domain/lifecycle/todo.js';
import { isPastDeadline } from '../../domain/approval/index.js';
import { todoFactsOf } from '../approval/shared.js';
import { TRANSITIONS } from '../../domain/lifecycle/transitions.js';
import { requireUser } from '../auth/guard.js';
import type { ZApp } from '../routes.js';
import { allowedActions, relationsOf, reviewPartyOf, spokeIn, type ProjectRow } from './access.js';
import { orgNameMap } from './org-names.js';
import { presentProjectSummary } from './presenter.js';
import { visibleProjects } from './projects.js';

/** Stages where nothing is waiting for anyone. */
const CLOSED = ['pre_review_failed', 'budget_refused', 'joint_review_failed', 'construction'];

export async function todoRoutes(app: ZApp) {
  const { db } = app.services;

  app.get(
    '/todo',
    { schema: { tags: ['projects'], summary: '我的待办：需要我办理的项目、事项、依据条款与期限' } },
    async (req) => {
      const auth = requireUser(req);
      // Every column but the declaration form and findings (large, and not needed to decide a to-do).
      const { form: _form, findings: _findings, ...slim } = getTableColumns(projects);
      const found = await db
        .select({ p: slim, parentId: organizations.parentId, editionId: annualCalls.editionId })
        .from(projects)
        .innerJoin(organizations, eq(organizations.id, projects.declaringOrgId))
        .innerJoin(annualCalls, eq(annualCalls.id, projects.callId))
        .where(and(visibleProjects(auth), notInArray(projects.stage, CLOSED)));
      const rows = found.map((r) => ({ ...r, p: { ...r.p, form: {}, findings: [] } as ProjectRow }));
      const party = reviewPartyOf(auth);
      const spoken = party
        ? await db
            .select({ projectId: reviewOpinions.projectId, review: reviewOpinions.review, round: reviewOpinions.round })
            .from(reviewOpinions)
            .where(eq(reviewOpinions.party, party))
        : [];
      const spokenBy = new Map<string, typeof spoken>();
      for (const o of spoken) spokenBy.set(o.projectId, [...(spokenBy.get(o.projectId) ?? []), o]);
      const names = await orgNameMap(
        db,
        rows.map((r) => r.p.declaringOrgId),
      );
      const now = req.now;
      const items = rows.flatMap(({ p, parentId, editionId }) => {
        const open = allowedActions({
          project: p,
          relations: relationsOf(auth, p, parentId),
          spoke: spokeIn(p, spokenBy.get(p.id) ?? []),
        });
        const todo = todoActions(open, todoFactsOf(p, getEdition(editionId) ?? defaultEdition));
        return todo.slice(0, 1).map((action) => {
          const due = action === 'submit_revision' ? p.revisionDueAt : null;
          return {
            project: presentProjectSummary(p, names),
            action,
            actionName: TRANSITIONS[action].zh,
            actionNameEn: TRANSITIONS[action].en,
            article: TRANSITIONS[action].article,
            dueAt: due?.toISOString() ?? null,
            overdue: due !== null && isPastDeadline(due, now),
            since: p.updatedAt.toISOString(),
          };
        });
      });
      // Overdue first, then the nearest deadline, then the longest waiting.
      items.sort(
        (a, b) =>
          Number(b.overdue) - Number(a.overdue) ||
          (a.dueAt ?? '9').localeCompare(b.dueAt ?? '9') ||
          a.since.localeCompare(b.since),
      );
      return { items, total: items.length };
    },
  );
}
