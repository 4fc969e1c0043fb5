// What a declarant's "submit" does with the findings of the declaration rules (Art.8–10).
import type { Finding } from '../rules/index.js';
import type { Stage } from './stages.js';

export type SubmissionOutcome =
  | { ok: false; blocking: Finding[] }
  | { ok: true; to: Stage; urgent: boolean; warnings: Finding[] };

/**
 * Blocking findings stop the submission — except R-ROUTE (Art.9), whose demand ("由行业主管部门扎口
 * 管理，审核把关后统一申报") the platform meets by sending the declaration to the sector authority
 * first. A late declaration that passes on a mandated-urgent basis (R-DEADLINE warns) is marked urgent.
 */
export function submissionOutcome(findings: readonly Finding[]): SubmissionOutcome {
  const blocking = findings.filter((f) => f.severity === 'block' && f.rule !== 'R-ROUTE');
  if (blocking.length) return { ok: false, blocking };
  const routed = findings.some((f) => f.rule === 'R-ROUTE' && f.severity === 'block');
  return {
    ok: true,
    to: routed ? 'sector_review' : 'submitted',
    urgent: findings.some((f) => f.rule === 'R-DEADLINE'),
    warnings: findings.filter((f) => f.severity !== 'block'),
  };
}

/** The sector authority forwards (Art.9): now every blocking finding stops it, R-ROUTE included. */
export function forwardOutcome(findings: readonly Finding[]): SubmissionOutcome {
  const blocking = findings.filter((f) => f.severity === 'block');
  if (blocking.length) return { ok: false, blocking };
  return {
    ok: true,
    to: 'submitted',
    urgent: findings.some((f) => f.rule === 'R-DEADLINE'),
    warnings: findings.filter((f) => f.severity !== 'block'),
  };
}
