// R-MONITOR (Art.32) and R-NO-FUNDS (Art.33 ¶4): a project on an eliminated system is refused at the
// declaration and at the budget review; one on a system whose build was not accepted, or whose 等保 /
// 密评 / risk assessment failed or is overdue, is refused at the budget review (区财政局不予安排).
import type { FundedSystemFacts } from '../../oversight/funding.js';
import { x, type RuleCase } from './types.js';

const sound: FundedSystemFacts = {
  code: 'XT-0001',
  name: '智慧城管平台',
  eliminatedOn: null,
  unacceptedBuilds: [],
  securityProblems: [],
};
const eliminated: FundedSystemFacts = { ...sound, eliminatedOn: '2026-05-10' };
const unaccepted: FundedSystemFacts = { ...sound, unacceptedBuilds: [{ code: 'SC-2025-003', name: '智慧城管一期' }] };
const failing: FundedSystemFacts = {
  ...sound,
  securityProblems: [{ kind: 'mlps_test', date: '2026-03-01', problem: 'fail', nextDueOn: '2027-03-01' }],
};
const overdue: FundedSystemFacts = {
  ...sound,
  securityProblems: [{ kind: 'crypto_assessment', date: '2025-03-01', problem: 'overdue', nextDueOn: '2026-03-01' }],
};

const MONITOR = x('R-MONITOR', 'block', 'systems');
const NO_FUNDS = x('R-NO-FUNDS', 'block', 'systems');

export const monitoringCases: RuleCase[] = [
  { name: 'declare: no system named', input: { systems: [] }, expect: [] },
  { name: 'declare: a sound system', input: { systems: [sound] }, expect: [] },
  {
    name: 'declare: an eliminated system is refused (Art.32)',
    input: { systems: [eliminated] },
    expect: [MONITOR],
    says: ['已于2026-05-10被列入淘汰退出', '区数据局对后续建设或运维服务项目不予审批', '第三十二条'],
  },
  {
    name: 'declare: an unaccepted build is for the budget review to refuse (Art.33: 区财政局不予安排)',
    input: { systems: [unaccepted, failing] },
    expect: [],
  },
  { stage: 'budget_review', name: 'budget: a sound system', input: { systems: [sound] }, expect: [] },
  {
    stage: 'budget_review',
    name: 'budget: an eliminated system gets no budget (Art.32)',
    input: { systems: [eliminated] },
    expect: [MONITOR],
    says: ['区财政局不予安排预算资金'],
  },
  {
    stage: 'budget_review',
    name: 'budget: an unaccepted build gets no funds (Art.33)',
    input: { systems: [unaccepted] },
    expect: [NO_FUNDS],
    says: ['SC-2025-003', '尚未通过竣工验收', '未经验收的项目，区财政局不予安排后续建设资金和运维经费', '第三十三条'],
  },
  {
    stage: 'budget_review',
    name: 'budget: a failed 等保 test gets no funds',
    input: { systems: [failing] },
    expect: [NO_FUNDS],
    says: ['等级保护测评结论为不合格'],
  },
  {
    stage: 'budget_review',
    name: 'budget: an overdue 密评 gets no funds',
    input: { systems: [overdue] },
    expect: [NO_FUNDS],
    says: ['应于2026-03-01前再次开展，已逾期'],
  },
  {
    stage: 'budget_review',
    name: 'budget: each system and reason in its own finding',
    input: { systems: [unaccepted, { ...failing, code: 'XT-0002' }, overdue] },
    expect: [NO_FUNDS, NO_FUNDS, NO_FUNDS],
  },
];
