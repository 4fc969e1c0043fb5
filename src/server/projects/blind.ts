// The blind rule of the reviews (Art.10(2), 13; issue 11): while a review round is open, its
// decisions are seen only by the parties that have already given theirs — not by the parties still to
// speak, not by the declarant, not by anyone else. The same rule for every surface that shows a
// decision: the opinions, the history (events), the project file's 办理记录, the results export.
import type { Stage } from '../../domain/lifecycle/stages.js';
import { PRE_REVIEW_OPEN } from '../../domain/lifecycle/transitions.js';
import type { ProjectAccess } from './access.js';
import type { ProjectRow } from './record.js';

export type Review = 'pre_review' | 'joint_review';

/** The round of a review that is open now (decisions still hidden), or null. */
export function openRound(p: Pick<ProjectRow, 'stage' | 'round' | 'applicationRound'>, review: Review): number | null {
  if (review === 'pre_review') return PRE_REVIEW_OPEN.includes(p.stage as Stage) ? p.round : null;
  return p.stage === 'joint_review' ? p.applicationRound : null;
}

/** Whether the person may read the decisions of `review` round `round`. */
export function mayReadDecisions(
  access: Pick<ProjectAccess, 'project' | 'spoke'>,
  review: Review,
  round: number,
): boolean {
  if (openRound(access.project, review) !== round) return true;
  return review === 'pre_review' ? Boolean(access.spoke?.preReview) : Boolean(access.spoke?.jointReview);
}

const OPINION_EVENTS: Record<string, Review> = {
  'project.pre_review_opinion': 'pre_review',
  'project.joint_review_opinion': 'joint_review',
};

/**
 * An event as the person may read it: an opinion of an open round they may not read yet keeps only
 * that the party spoke (the decision and its words are taken out).
 */
export function blindEvent<E extends { action: string; note: string | null; detail: unknown }>(
  e: E,
  access: Pick<ProjectAccess, 'project' | 'spoke'>,
): E {
  const review = OPINION_EVENTS[e.action];
  if (!review) return e;
  const detail = (e.detail ?? {}) as { party?: string; round?: number };
  const round = detail.round ?? (review === 'pre_review' ? access.project.round : access.project.applicationRound);
  if (mayReadDecisions(access, review, round)) return e;
  const party = e.note?.split('：')[0] ?? '';
  return {
    ...e,
    note: party ? `${party}：已出具意见（本方出具意见后可见）` : null,
    detail: { party: detail.party, round },
  };
}
