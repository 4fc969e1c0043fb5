// The oversight records as the API sends them (Art.22, 31, 33; issue 13): the stored row, its instants
// as ISO 8601 strings (what JSON made of the Date objects before the answers had schemas). Every column
// passes through, so a column added to a table shows up in the schema check of the first test (a 500
// in strict mode) rather than reaching a client undescribed.
import type {
  AssignmentRow,
  EvaluationRow,
  OversightRequestRow,
  RectificationOrderRow,
  SanctionStepRow,
} from '../../db/oversight-repo.js';
import type { spotCheckDraws } from '../../db/schema.js';
import type {
  EvaluationAssignment,
  OversightRequest,
  PerformanceEvaluation,
  RectificationOrder,
  SanctionStep,
  SpotCheckDraw,
} from './responses.js';

const iso = (d: Date | null): string | null => d?.toISOString() ?? null;

export function presentEvaluation(e: EvaluationRow): PerformanceEvaluation {
  return { ...e, evaluatedAt: e.evaluatedAt.toISOString() };
}

export function presentAssignment(a: AssignmentRow): EvaluationAssignment {
  return { ...a, assignedAt: a.assignedAt.toISOString(), completedAt: iso(a.completedAt) };
}

export function presentOrder(o: RectificationOrderRow): RectificationOrder {
  return {
    ...o,
    orderedAt: o.orderedAt.toISOString(),
    answeredAt: iso(o.answeredAt),
    decidedAt: iso(o.decidedAt),
  };
}

export function presentStep(s: SanctionStepRow): SanctionStep {
  return { ...s, decidedAt: s.decidedAt.toISOString() };
}

export function presentRequest(q: OversightRequestRow): OversightRequest {
  return { ...q, sentAt: q.sentAt.toISOString(), answeredAt: iso(q.answeredAt) };
}

export function presentDraw(d: typeof spotCheckDraws.$inferSelect): SpotCheckDraw {
  return { ...d, drawnAt: d.drawnAt.toISOString() };
}
