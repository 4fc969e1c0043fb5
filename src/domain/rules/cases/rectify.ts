// R-RECTIFY (Art.33): ordering a rectification, judging it, and every step of the ladder's effects —
// criticism stops nothing, funds suspended stops payments and disbursements, suspended stops every
// construction step too, terminated stops everything. Dates at their boundary: the deadline day itself
// and the day after; the order's date itself and the day after.
import type { SanctionLevel } from '../../oversight/sanctions.js';
import type { ProjectAction } from '../../lifecycle/transitions.js';
import { x, type RuleCase } from './types.js';

const BLOCK = (code: string, field: string) => x('R-RECTIFY', 'block', field, code);

const gate = (
  level: SanctionLevel | null,
  action: ProjectAction,
  blocked: string | null,
  stage: 'construction' | 'operation' | 'terminated' = 'construction',
): RuleCase => ({
  stage: 'sanction',
  name: `${level ?? 'no sanction'}: ${action} ${blocked ? 'refused' : 'allowed'}${stage === 'construction' ? '' : ` (${stage})`}`,
  input: { level, action, stage },
  expect: blocked ? [BLOCK(blocked, 'level')] : [],
});

export const rectifyCases: RuleCase[] = [
  // Ordering
  { stage: 'rectification_order', name: 'targets not met, deadline a month on', input: {}, expect: [] },
  {
    stage: 'rectification_order',
    name: 'every target met: nothing to rectify',
    input: { hasUnmetTargets: false },
    expect: [BLOCK('NO_UNMET_TARGETS', 'evaluationId')],
  },
  {
    stage: 'rectification_order',
    name: 'deadline on the order day itself',
    input: { deadline: '2026-06-01' },
    expect: [BLOCK('DEADLINE_NOT_AFTER_ORDER', 'deadline')],
    says: ['整改期限2026-06-01应晚于整改通知之日2026-06-01'],
  },
  {
    stage: 'rectification_order',
    name: 'deadline the day after the order',
    input: { deadline: '2026-06-02' },
    expect: [],
  },
  // Judging
  { stage: 'rectification_judgement', name: 'answered, judged failed', input: {}, expect: [] },
  { stage: 'rectification_judgement', name: 'answered, judged rectified', input: { decision: 'accepted' }, expect: [] },
  {
    stage: 'rectification_judgement',
    name: 'rectified without a report',
    input: { decision: 'accepted', answered: false },
    expect: [BLOCK('RECTIFICATION_NOT_ANSWERED', 'decision')],
  },
  {
    stage: 'rectification_judgement',
    name: 'failed without a report',
    input: { answered: false },
    expect: [BLOCK('RECTIFICATION_NOT_ANSWERED', 'decision')],
  },
  {
    stage: 'rectification_judgement',
    name: 'no answer on the deadline day: not yet a refusal',
    input: { decision: 'refused', answered: false, today: '2026-07-01' },
    expect: [BLOCK('RECTIFICATION_NOT_DUE', 'decision')],
  },
  {
    stage: 'rectification_judgement',
    name: 'no answer the day after the deadline: refused',
    input: { decision: 'refused', answered: false, today: '2026-07-02' },
    expect: [],
  },
  {
    stage: 'rectification_judgement',
    name: 'an answer refusing to rectify, before the deadline',
    input: { decision: 'refused', answered: true, today: '2026-06-10' },
    expect: [],
  },
  // The ladder's effects, step by step
  gate(null, 'record_payment', null),
  gate(null, 'start_construction', null),
  gate('criticism', 'record_payment', null),
  gate('criticism', 'record_disbursement', null, 'operation'),
  gate('criticism', 'record_progress', null),
  gate('funds_suspended', 'record_payment', 'FUNDS_SUSPENDED'),
  gate('funds_suspended', 'record_disbursement', 'FUNDS_SUSPENDED', 'operation'),
  gate('funds_suspended', 'record_progress', null),
  gate('funds_suspended', 'answer_rectification', null),
  gate('suspended', 'record_payment', 'PROJECT_SUSPENDED'),
  gate('suspended', 'record_progress', 'PROJECT_SUSPENDED'),
  gate('suspended', 'record_trial_start', 'PROJECT_SUSPENDED'),
  gate('suspended', 'file_self_evaluation', null),
  gate('suspended', 'answer_rectification', null),
  gate('terminated', 'answer_rectification', 'PROJECT_TERMINATED', 'terminated'),
  gate('terminated', 'file_supervision_report', 'PROJECT_TERMINATED', 'terminated'),
  gate(null, 'record_progress', 'PROJECT_TERMINATED', 'terminated'),
];
