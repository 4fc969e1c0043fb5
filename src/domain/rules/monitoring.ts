// No further projects or funds for a system the monitoring eliminated (R-MONITOR, Art.32), nor for one
// whose build was not accepted or whose 等保 / 密评 / risk assessment fails or is overdue (R-NO-FUNDS,
// Art.33 ¶4). R-MONITOR is checked when a declaration is submitted and when finance reviews the budget;
// R-NO-FUNDS ("区财政局不予安排") at the budget review. Both against the systems the project works on (FundedSystemFacts, ../oversight/funding.ts); one finding per
// system and reason, so the screen says which system and why.
import { SECURITY_RECORD_KINDS } from '../delivery/systems.js';
import type { FundedSystemFacts } from '../oversight/funding.js';
import { finding } from './cite.js';
import type { Finding, Rule, RuleMeta } from './types.js';

const MONITOR_META: RuleMeta = {
  id: 'R-MONITOR',
  article: 'Art.32',
  stage: 'operation',
  severity: 'block',
  effects: ['block'],
  title: '运行不正常的系统实行淘汰退出，强制收回云资源、关停系统，后续建设或运维项目不予审批、不予安排预算',
  titleEn: 'Abnormal systems are eliminated: resources reclaimed, system stopped, no further approval or budget',
  params: (ed) => ({ ...ed.monitoring }),
};

const NO_FUNDS_META: RuleMeta = {
  id: 'R-NO-FUNDS',
  article: 'Art.33',
  stage: 'budget_review',
  severity: 'block',
  effects: ['block'],
  title: '未经验收或不符合网络和数据安全、密码应用、等级（分级）保护要求的项目，不予安排后续建设资金和运维经费',
  titleEn: 'No further build or O&M funds for projects not accepted or failing security, crypto or MLPS requirements',
  params: () => ({}),
};

const label = (s: FundedSystemFacts) => `${s.code} ${s.name}`;

function monitorFindings(systems: readonly FundedSystemFacts[] | undefined, atBudget: boolean): Finding[] {
  return (systems ?? [])
    .filter((s) => s.eliminatedOn !== null)
    .map((s) =>
      finding(
        MONITOR_META,
        'block',
        atBudget
          ? `系统“${label(s)}”已于${s.eliminatedOn}被列入淘汰退出（月度监测运行不正常），区财政局不予安排预算资金`
          : `系统“${label(s)}”已于${s.eliminatedOn}被列入淘汰退出（月度监测运行不正常），区数据局对后续建设或运维服务项目不予审批`,
        atBudget
          ? `System ${label(s)} was eliminated on ${s.eliminatedOn} (abnormal in the monthly monitoring): finance arranges no budget for it`
          : `System ${label(s)} was eliminated on ${s.eliminatedOn} (abnormal in the monthly monitoring): no further build or O&M project is approved`,
        'systems',
      ),
    );
}

const NO_FUNDS_ZH = '区财政局不予安排后续建设资金和运维经费';
const NO_FUNDS_EN = 'finance arranges no further build or O&M funds';

function noFundsFindings(systems: readonly FundedSystemFacts[] | undefined): Finding[] {
  const out: Finding[] = [];
  for (const s of systems ?? []) {
    for (const b of s.unacceptedBuilds)
      out.push(
        finding(
          NO_FUNDS_META,
          'block',
          `系统“${label(s)}”的建设项目${b.code}“${b.name}”尚未通过竣工验收：未经验收的项目，${NO_FUNDS_ZH}`,
          `The build project ${b.code} of system ${label(s)} has not passed its acceptance: ${NO_FUNDS_EN}`,
          'systems',
        ),
      );
    for (const p of s.securityProblems) {
      const kind = SECURITY_RECORD_KINDS[p.kind];
      out.push(
        finding(
          NO_FUNDS_META,
          'block',
          p.problem === 'fail'
            ? `系统“${label(s)}”${p.date}的${kind.zh}结论为不合格：不符合网络和数据安全、密码应用或等级保护要求的项目，${NO_FUNDS_ZH}`
            : `系统“${label(s)}”的${kind.zh}应于${p.nextDueOn}前再次开展，已逾期：不符合网络和数据安全、密码应用或等级保护要求的项目，${NO_FUNDS_ZH}`,
          p.problem === 'fail'
            ? `The ${kind.en} of system ${label(s)} on ${p.date} failed: ${NO_FUNDS_EN}`
            : `The next ${kind.en} of system ${label(s)} was due by ${p.nextDueOn} and is overdue: ${NO_FUNDS_EN}`,
          'systems',
        ),
      );
    }
  }
  return out;
}

/** Art.32 "区数据局对后续建设或运维服务项目不予审批": a declaration for an eliminated system is refused. */
export const ruleMonitorAtDeclare: Rule<'declare'> = {
  ...MONITOR_META,
  check: (input) => monitorFindings(input.systems, false),
};

/** Art.32 "区财政局不予安排预算资金": no budget for a project on an eliminated system. */
export const ruleMonitorAtBudget: Rule<'budget_review'> = {
  ...MONITOR_META,
  check: (input) => monitorFindings(input.systems, true),
};

/**
 * Art.33 ¶4: "未经验收的项目，不符合网络和数据安全及密码应用要求，未按等级（分级）保护标准要求等建设的项目，
 * 区财政局不予安排后续建设资金和运维经费。" Finance refuses at the budget review (block).
 */
export const ruleNoFundsAtBudget: Rule<'budget_review'> = {
  ...NO_FUNDS_META,
  check: (input) => noFundsFindings(input.systems),
};
