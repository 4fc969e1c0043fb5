// The rules of SPEC §4 that no Rule checks yet — the oversight chapter's (Art.32, 33: monitoring,
// no further funds, rectification) — listed so the catalogue is complete; ruleCatalog marks them
// checked: false. When a rule gets a check, its meta moves next to the check (one file per rule
// family, as acceptance.ts, evaluation.ts and exit.ts did for Art.24–33) and leaves this list — the
// engine refuses an id that is both here and checked. Severity = the finding severity they will
// use; effects = SPEC §4's effect column.
import type { RuleEffect, RuleId, RuleMeta, RuleStage, Severity } from './types.js';
import type { Edition } from '../editions/types.js';

const meta = (
  id: RuleId,
  article: string,
  stage: RuleStage,
  severity: Severity,
  effects: RuleEffect[],
  title: string,
  titleEn: string,
  params: (ed: Edition) => Record<string, unknown> = () => ({}),
): RuleMeta => ({ id, article, stage, severity, effects, title, titleEn, params });

export const LATER_STAGE_RULES: readonly RuleMeta[] = [
  meta(
    'R-MONITOR',
    'Art.32',
    'operation',
    'block',
    ['block'],
    '运行不正常的系统实行淘汰退出，强制收回云资源、关停系统，后续建设或运维项目不予审批、不予安排预算',
    'Abnormal systems are eliminated: resources reclaimed, system stopped, no further approval or budget',
  ),
  meta(
    'R-NO-FUNDS',
    'Art.33',
    'budget_review',
    'block',
    ['block'],
    '未经验收或不符合网络和数据安全、密码应用、等级（分级）保护要求的项目，不予安排后续建设资金和运维经费',
    'No further build or O&M funds for projects not accepted or failing security, crypto or MLPS requirements',
  ),
  meta(
    'R-RECTIFY',
    'Art.33',
    'evaluation',
    'info',
    ['route'],
    '未实现建设目标的限期整改；拒不整改或整改后仍不符合要求的，通报批评、暂缓拨付、暂停直至终止',
    'Goals not met → rectification; refused or failed → criticism, funds suspended, suspension, termination',
  ),
];
