// 待办 (GET /todo): every project where the person has work waiting, with the action, its article
// and, for the final version, its deadline — the same actions the project page offers (one table
// in src/domain/lifecycle decides them), filtered to the to-dos.
import { and, eq, inArray } from 'drizzle-orm';
import { projects, reviewOpinions } from '../../db/schema.js';
import { isPastDeadline } from '../../domain/approval/index.js';
import { editionOfProject } from '../../domain/editions/resolve.js';
import { TODO_STAGES, todoActions } from '../../domain/lifecycle/todo.js';
import { TRANSITIONS } from '../../domain/lifecycle/transitions.js';
import { requireUser } from '../auth/guard.js';
import type { ZApp } from '../zapp.js';
import { allowedActions, relationsOf, reviewPartyOf, spokeIn } from './access.js';
import { disbursedProjects, openSelfEvaluationsOf, todoDueAt, todoFactsOf } from './facts.js';
import { orgNameMap } from './org-names.js';
import { presentProjectSummary } from './presenter.js';
import { visibleProjects } from './projects.js';
import { selectRecords } from './record.js';

export async function todoRoutes(app: ZApp) {
  const { db } = app.services;

  app.get(
    '/todo',
    { schema: { tags: ['projects'], summary: '我的待办：需要我办理的项目、事项、依据条款与期限' } },
    async (req) => {
      const auth = requireUser(req);
      // Only stages where some to-do can wait (derived from the transition table, not listed by hand).
      const rows = await selectRecords(db, and(visibleProjects(auth), inArray(projects.stage, [...TODO_STAGES])), {
        slim: true,
      });
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
        rows.map((r) => r.project.declaringOrgId),
      );
      const [selfEvaluations, disbursed] = await Promise.all([
        openSelfEvaluationsOf(db, rows, req.now),
        disbursedProjects(
          db,
          rows.filter((r) => TRANSITIONS.record_disbursement.from.includes(r.project.stage)).map((r) => r.project.id),
        ),
      ]);
      const items = rows.flatMap((r) => {
        const p = r.project;
        const selfEvaluation = selfEvaluations.get(p.id) ?? null;
        const open = allowedActions({
          ...r,
          relations: relationsOf(auth, p, r.declaringParentId),
          spoke: spokeIn(p, spokenBy.get(p.id) ?? []),
          selfEvaluation,
        });
        const facts = todoFactsOf(r, editionOfProject(p), {
          disbursed: disbursed.has(p.id),
          selfEvaluation,
          now: req.now,
        });
        return todoActions(open, facts)
          .slice(0, 1)
          .map((action) => {
            const due = todoDueAt(action, r, selfEvaluation);
            return {
              project: presentProjectSummary(p, names),
              action,
              actionName: TRANSITIONS[action].zh,
              actionNameEn: TRANSITIONS[action].en,
              article: TRANSITIONS[action].article,
              dueAt: due?.toISOString() ?? null,
              overdue: due !== null && isPastDeadline(due, req.now),
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
