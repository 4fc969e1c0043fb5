// R-RECTIFY (Art.33, SPEC §4): "建设项目未实现批复的建设目标或未达到预期效果的，申报单位应会同实施单位限期
// 整改；对拒不整改或整改后仍不符合要求的，将通报批评、暂缓拨付建设资金及运维经费、暂停项目建设，直至项目终止。"
// Checked at three moments: ordering a rectification (targets not met, a deadline after the order),
// judging it (refused only after the deadline or on an answer; failed/accepted only on an answer), and
// every action on a sanctioned project (funds suspended → no payment or disbursement; suspended → no
// construction step; terminated → nothing). The ladder itself: ../oversight/sanctions.ts.
import { blockingSanction } from '../oversight/sanctions.js';
import { TRANSITIONS } from '../lifecycle/transitions.js';
import { finding } from './cite.js';
import type { Rule, RuleMeta } from './types.js';

const meta: RuleMeta = {
  id: 'R-RECTIFY',
  article: 'Art.33',
  stage: 'evaluation',
  severity: 'block',
  // SPEC §4 says 'route': the ladder routes the project (../oversight/sanctions.ts); what is checked here blocks.
  effects: ['block'],
  title: '未实现建设目标的限期整改；拒不整改或整改后仍不符合要求的，通报批评、暂缓拨付、暂停直至终止',
  titleEn: 'Goals not met → rectification; refused or failed → criticism, funds suspended, suspension, termination',
  params: (ed) => ({ rectificationPeriod: ed.params.rectificationPeriod }),
};

export const ruleRectifyOrder: Rule<'rectification_order'> = {
  ...meta,
  check(input) {
    const out = [];
    if (!input.hasUnmetTargets)
      out.push({
        ...finding(
          meta,
          'block',
          '最近一次绩效评价未发现未实现的建设目标，无需限期整改：建设项目未实现批复的建设目标或未达到预期效果的，申报单位应会同实施单位限期整改',
          'The latest evaluation found no target unmet: a rectification is ordered when goals are not met',
          'evaluationId',
        ),
        code: 'NO_UNMET_TARGETS',
      });
    if (input.deadline <= input.orderedOn)
      out.push({
        ...finding(
          meta,
          'block',
          `整改期限${input.deadline}应晚于整改通知之日${input.orderedOn}`,
          `The deadline ${input.deadline} must be after the order's date ${input.orderedOn}`,
          'deadline',
        ),
        code: 'DEADLINE_NOT_AFTER_ORDER',
      });
    return out;
  },
};

export const ruleRectifyJudgement: Rule<'rectification_judgement'> = {
  ...meta,
  check(input) {
    const { decision, answered, deadline, today } = input;
    if (decision === 'refused' && !answered && today <= deadline)
      return [
        {
          ...finding(
            meta,
            'block',
            `整改期限为${deadline}，期限届满前未答复不能认定为拒不整改`,
            `The rectification is due by ${deadline}: no answer yet is not a refusal before then`,
            'decision',
          ),
          code: 'RECTIFICATION_NOT_DUE',
        },
      ];
    if (decision !== 'refused' && !answered)
      return [
        {
          ...finding(
            meta,
            'block',
            '申报单位尚未提交整改报告，不能认定整改合格或整改后仍不符合要求',
            'No rectification report yet: it can be judged rectified or still not compliant only on a report',
            'decision',
          ),
          code: 'RECTIFICATION_NOT_ANSWERED',
        },
      ];
    return [];
  },
};

/** Every action on a project under a sanction of the ladder (the takeAction gate and the buttons). */
export const ruleRectifySanction: Rule<'sanction'> = {
  ...meta,
  check(input) {
    const level = blockingSanction(input.level, input.stage, input.action);
    if (level === null) return [];
    const t = TRANSITIONS[input.action];
    const why: Record<typeof level, [string, string]> = {
      criticism: ['', ''],
      funds_suspended: [
        '拒不整改或整改后仍不符合要求，已暂缓拨付建设资金及运维经费',
        'Refused or failed rectification: build and O&M funds are suspended',
      ],
      suspended: [
        '拒不整改或整改后仍不符合要求，项目建设已暂停（建设资金及运维经费暂缓拨付）',
        'Refused or failed rectification: construction is suspended (and funds with it)',
      ],
      terminated: ['项目已终止，不能再办理任何事项', 'The project is terminated: no action can be taken any more'],
    };
    const [zh, en] = why[level];
    return [
      {
        ...finding(meta, 'block', `${zh}，不能${t.zh}`, `${en}; cannot ${t.en.toLowerCase()}`),
        code:
          level === 'terminated'
            ? 'PROJECT_TERMINATED'
            : level === 'suspended'
              ? 'PROJECT_SUSPENDED'
              : 'FUNDS_SUSPENDED',
        field: 'level',
      },
    ];
  },
};
