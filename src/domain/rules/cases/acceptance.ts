// R-TRIAL (Art.25), R-ACCEPT-ORDER (Art.26), R-OM-ACCEPT (Art.24) when the acceptance is held;
// R-REPORT (Art.27) and R-OM-ACCEPT when the report is filed; R-ACCEPT-ORDER at disbursement;
// R-WARRANTY (Art.29) at handover. Windows and due dates are computed with the delivery functions and
// the shipped calendar (2023–2026); a window reaching into 2027 is written out where its end matters.
import { reportAttachments } from '../../delivery/acceptance-report.js';
import { DOCUMENT_TYPES, type DocumentType } from '../../documents.js';
import { defaultEdition } from '../../editions/index.js';
import type { AcceptanceHoldInput } from '../stage-inputs.js';
import { editionWith, trialWindow } from './baseline.js';
import { x, type RuleCase } from './types.js';

const TRIAL = (field: 'window' | 'acceptanceDate' | 'window.latest', severity: 'block' | 'warn' = 'block') =>
  x('R-TRIAL', severity, field);
const ORDER = (field: 'materialApproved' | 'reportFiled') => x('R-ACCEPT-ORDER', 'block', field);
const OM = (field: 'serviceEndOn' | 'acceptanceDate') => x('R-OM-ACCEPT', 'block', field);
const OM_REPORT = x('R-OM-ACCEPT', 'block', 'documents.acceptance_report', 'DOCUMENTS_MISSING');
const DOC = (t: DocumentType) => x('R-REPORT', 'block', `documents.${t}`, 'DOCUMENTS_MISSING');
const ARCHIVE = x('R-REPORT', 'block', 'archiveAcceptancePassed');
const LATE = x('R-REPORT', 'warn', 'submittedOn');
const WARRANTY = x('R-WARRANTY', 'block', 'warrantyEndOn');

const at = (window: AcceptanceHoldInput['window'], acceptanceDate: string): Partial<AcceptanceHoldInput> => ({
  window,
  acceptanceDate,
});

// 2026-01-31 + 1 month → 2026-02-28 (no 31st: the month's last day, not moved; a 调休 Saturday).
const MONTH_END = trialWindow('2026-01-31');
// Software development from 2026-11-30: earliest 2027-02-28; the latest (2027-05-30, moved) is past the calendar.
const SOFTWARE_2027 = trialWindow('2026-11-30', true);
// The same window with its end written out (as a 2027 calendar would give: 05-30 is a Sunday → 05-31).
const SOFTWARE_2027_KNOWN = { ...SOFTWARE_2027, latest: '2027-05-31' };
// 2026-01-15: latest 2026-07-15, a Wednesday, not moved.
const PLAIN = trialWindow('2026-01-15');
// 2026-04-05 + 6 months = 2026-10-05, inside the National Day holiday (10-01…10-07) → 2026-10-08.
// Its earliest, 2026-05-05, is inside the May Day holiday and is not moved.
const HOLIDAY = trialWindow('2026-04-05');

const OPERATE: Partial<AcceptanceHoldInput> = { kind: 'operate', window: null, serviceEndOn: '2026-06-30' };
const ART27_LIST =
  '验收报告一般应附上项目建设总结、财务报告、审计报告、安全风险评估报告、密码应用安全性评估报告、安全可靠情况等材料';
const ALL_DOCS: DocumentType[] = ['acceptance_report', ...reportAttachments(false)];
const without = (t: DocumentType) => ALL_DOCS.filter((d) => d !== t);

export const acceptanceCases: RuleCase[] = [
  // ——— R-TRIAL: the window of Art.25 (build projects) ———
  { stage: 'acceptance_hold', name: 'inside the window, material approved', input: {}, expect: [] },
  {
    stage: 'acceptance_hold',
    name: 'no trial run recorded',
    input: { window: null },
    expect: [TRIAL('window')],
    says: ['未登记上线试运行'],
  },
  {
    stage: 'acceptance_hold',
    name: 'trial from a month end (01-31): the day before the earliest (02-27) is too early',
    input: at(MONTH_END, '2026-02-27'),
    expect: [TRIAL('acceptanceDate')],
    says: [
      '竣工验收日期2026-02-27早于最早可验收日2026-02-28（上线试运行日2026-01-31起满1个月）',
      '项目竣工验收应在系统上线试运行1个月后进行（第二十五条）',
    ],
    saysNot: ['软件开发'],
  },
  {
    stage: 'acceptance_hold',
    name: 'trial from a month end (01-31): the earliest day itself (02-28) is allowed',
    input: at(MONTH_END, '2026-02-28'),
    expect: [],
  },
  {
    stage: 'acceptance_hold',
    name: 'software development from 11-30: the day before the earliest (2027-02-27) is too early',
    input: at(SOFTWARE_2027, '2027-02-27'),
    expect: [TRIAL('acceptanceDate')],
    says: [
      '早于最早可验收日2027-02-28（上线试运行日2026-11-30起满3个月）',
      '软件开发项目的竣工验收应在上线试运行3个月后进行',
    ],
  },
  {
    stage: 'acceptance_hold',
    name: 'software development from 11-30: the earliest day (2027-02-28), end not computable → warn',
    input: at(SOFTWARE_2027, '2027-02-28'),
    expect: [TRIAL('window.latest', 'warn')],
    says: ['上线试运行日2026-11-30起6个月为2027-05-30', '工作日历未覆盖该年度，无法计算验收期限的最后一天'],
  },
  {
    stage: 'acceptance_hold',
    name: 'end not computable: even a late-looking day only warns',
    input: at(SOFTWARE_2027, '2027-08-01'),
    expect: 'none-blocking',
  },
  {
    stage: 'acceptance_hold',
    name: 'not software, from 11-30: 12-30 is past the 1-month earliest (end unknown → warn)',
    input: at(trialWindow('2026-11-30'), '2026-12-30'),
    expect: [TRIAL('window.latest', 'warn')],
  },
  {
    stage: 'acceptance_hold',
    name: 'software, from 11-30: the same day 12-30 is too early',
    input: at(SOFTWARE_2027, '2026-12-30'),
    expect: [TRIAL('acceptanceDate')],
  },
  {
    stage: 'acceptance_hold',
    name: 'window given as input (2027): its last day 05-31 is allowed',
    input: at(SOFTWARE_2027_KNOWN, '2027-05-31'),
    expect: [],
  },
  {
    stage: 'acceptance_hold',
    name: 'window given as input (2027): the day after its last day is too late',
    input: at(SOFTWARE_2027_KNOWN, '2027-06-01'),
    expect: [TRIAL('acceptanceDate')],
    says: ['竣工验收日期2027-06-01晚于最迟验收日2027-05-31'],
  },
  {
    stage: 'acceptance_hold',
    name: 'the latest day itself (07-15) is allowed',
    input: at(PLAIN, '2026-07-15'),
    expect: [],
  },
  {
    stage: 'acceptance_hold',
    name: 'the day after the latest (07-16) is too late',
    input: at(PLAIN, '2026-07-16'),
    expect: [TRIAL('acceptanceDate')],
    says: [
      '竣工验收日期2026-07-16晚于最迟验收日2026-07-15（上线试运行日2026-01-15起6个月，遇法定节假日顺延至工作日）',
      '试运行至完成项目竣工验收的时间最长不超过6个月（第二十五条）',
    ],
  },
  {
    stage: 'acceptance_hold',
    name: 'latest moved out of National Day: 10-05 (inside the holiday) is allowed',
    input: at(HOLIDAY, '2026-10-05'),
    expect: [],
  },
  {
    stage: 'acceptance_hold',
    name: 'latest moved out of National Day: 10-08 is allowed',
    input: at(HOLIDAY, '2026-10-08'),
    expect: [],
  },
  {
    stage: 'acceptance_hold',
    name: 'latest moved out of National Day: 10-09 is too late',
    input: at(HOLIDAY, '2026-10-09'),
    expect: [TRIAL('acceptanceDate')],
    says: ['晚于最迟验收日2026-10-08'],
  },
  {
    stage: 'acceptance_hold',
    name: 'an earliest day in the May Day holiday (05-05) is not moved: allowed',
    input: at(HOLIDAY, '2026-05-05'),
    expect: [],
  },
  {
    stage: 'acceptance_hold',
    name: 'the day before that earliest (05-04) is too early',
    input: at(HOLIDAY, '2026-05-04'),
    expect: [TRIAL('acceptanceDate')],
  },

  // ——— R-ACCEPT-ORDER when the acceptance is held (Art.26) ———
  {
    stage: 'acceptance_hold',
    name: 'material not approved by the data bureau',
    input: { materialApproved: false },
    expect: [ORDER('materialApproved')],
    says: ['竣工验收资料须经区数据局审核通过后，方可组织竣工验收（第二十六条）'],
  },
  {
    stage: 'acceptance_hold',
    name: 'too early and material not approved: both named',
    input: { ...at(MONTH_END, '2026-02-27'), materialApproved: false },
    expect: [TRIAL('acceptanceDate'), ORDER('materialApproved')],
  },

  // ——— R-OM-ACCEPT when the acceptance is held (Art.24, operate / service) ———
  {
    stage: 'acceptance_hold',
    name: 'O&M: no trial run needed',
    input: { ...OPERATE, acceptanceDate: '2026-07-01' },
    expect: [],
  },
  {
    stage: 'acceptance_hold',
    name: 'O&M: on the last day of the service period (not yet ended)',
    input: { ...OPERATE, acceptanceDate: '2026-06-30' },
    expect: [OM('acceptanceDate')],
    says: [
      '运维服务期至2026-06-30止，尚未期满（最早可于2026-07-01验收）',
      '运维类项目应在运维服务期满后组织项目验收（第二十四条）',
    ],
  },
  {
    stage: 'acceptance_hold',
    name: 'O&M: before the end of the service period',
    input: { ...OPERATE, acceptanceDate: '2026-05-20' },
    expect: [OM('acceptanceDate')],
  },
  {
    stage: 'acceptance_hold',
    name: 'service: the day after a year-end service period (into 2027, no calendar needed)',
    input: { kind: 'service', window: null, serviceEndOn: '2026-12-31', acceptanceDate: '2027-01-01' },
    expect: [],
  },
  {
    stage: 'acceptance_hold',
    name: 'service: on the last day',
    input: { kind: 'service', window: null, serviceEndOn: '2026-12-31', acceptanceDate: '2026-12-31' },
    expect: [OM('acceptanceDate')],
  },
  {
    stage: 'acceptance_hold',
    name: 'O&M: no service end recorded',
    input: { ...OPERATE, serviceEndOn: null },
    expect: [OM('serviceEndOn')],
    says: ['未登记运维服务期的最后一日'],
  },
  {
    stage: 'acceptance_hold',
    name: 'O&M: the material is approved first too',
    input: { ...OPERATE, acceptanceDate: '2026-07-01', materialApproved: false },
    expect: [ORDER('materialApproved')],
  },
  {
    stage: 'acceptance_hold',
    name: 'build: a service end is irrelevant',
    input: { serviceEndOn: '2026-12-31' },
    expect: [],
  },

  // ——— R-REPORT (Art.27) when the report is filed ———
  { stage: 'acceptance_report', name: 'report, every attachment, archive passed, on time', input: {}, expect: [] },
  ...ALL_DOCS.map(
    (t): RuleCase => ({
      stage: 'acceptance_report',
      name: `missing: ${t}`,
      input: { uploadedTypes: without(t) },
      expect: [DOC(t)],
      says: [DOCUMENT_TYPES[t].zh],
    }),
  ),
  {
    stage: 'acceptance_report',
    name: 'missing the financial report: named with the list of Art.27',
    input: { uploadedTypes: without('financial_report') },
    expect: [DOC('financial_report')],
    says: [`竣工验收报告未附财务报告：${ART27_LIST}（第二十七条）`],
  },
  {
    stage: 'acceptance_report',
    name: 'non-classified: the 等保 report is named as such',
    input: { uploadedTypes: without('mlps_test_report') },
    expect: [DOC('mlps_test_report')],
    says: ['安全风险评估报告中的网络安全等级保护测评报告（非涉密信息系统，适用等保测评）'],
    saysNot: ['分保'],
  },
  {
    stage: 'acceptance_report',
    name: 'classified: the 分保 report is needed, not the 等保 one',
    input: { classified: true },
    expect: [DOC('classified_protection_report')],
    says: ['涉密信息系统分级保护测评报告（涉密信息系统，适用分保测评）'],
  },
  {
    stage: 'acceptance_report',
    name: 'classified with its own attachments',
    input: { classified: true, uploadedTypes: ['acceptance_report', ...reportAttachments(true)] },
    expect: [],
  },
  {
    stage: 'acceptance_report',
    name: 'nothing uploaded: each document named',
    input: { uploadedTypes: [] },
    expect: ALL_DOCS.map(DOC),
  },
  {
    stage: 'acceptance_report',
    name: 'archive acceptance not held',
    input: { archiveAcceptancePassed: null },
    expect: [ARCHIVE],
    says: ['尚未进行档案验收：未经档案验收或档案验收不合格的，不得通过项目验收（第二十七条）'],
    saysNot: ['不合格：'],
  },
  {
    stage: 'acceptance_report',
    name: 'archive acceptance failed',
    input: { archiveAcceptancePassed: false },
    expect: [ARCHIVE],
    says: ['档案验收不合格：未经档案验收'],
  },
  {
    stage: 'acceptance_report',
    name: 'due 10-01 moved out of National Day to 10-08: filed 10-08 is on time',
    input: { submittedOn: '2026-10-08' },
    expect: [],
  },
  {
    stage: 'acceptance_report',
    name: 'filed on 10-05, inside the holiday, before the moved due date',
    input: { submittedOn: '2026-10-05' },
    expect: [],
  },
  {
    stage: 'acceptance_report',
    name: 'filed 10-09: one day late, marked overdue',
    input: { submittedOn: '2026-10-09' },
    expect: [LATE],
    says: [
      '竣工验收报告提交截止日为2026-10-08（竣工验收结束后1个月内，遇法定节假日顺延至工作日），于2026-10-09提交，已逾期1天',
    ],
  },
  {
    stage: 'acceptance_report',
    name: 'late is never blocking',
    input: { submittedOn: '2026-12-20' },
    expect: 'none-blocking',
  },
  {
    stage: 'acceptance_report',
    name: 'no due date could be computed: nothing to flag',
    input: { dueDate: null, submittedOn: '2027-03-01' },
    expect: [],
  },
  {
    stage: 'acceptance_report',
    name: 'late, an attachment missing and the archive failed: each named',
    input: { submittedOn: '2026-10-09', uploadedTypes: without('audit_report'), archiveAcceptancePassed: false },
    expect: [DOC('audit_report'), ARCHIVE, LATE],
  },

  // ——— R-OM-ACCEPT and R-REPORT for O&M and service projects ———
  {
    stage: 'acceptance_report',
    name: 'O&M: the report alone, archive passed (no Art.27 attachments)',
    input: { kind: 'operate', uploadedTypes: ['acceptance_report'] },
    expect: [],
  },
  {
    stage: 'acceptance_report',
    name: 'O&M: no report',
    input: { kind: 'operate', uploadedTypes: ['om_service_report'] },
    expect: [OM_REPORT],
    says: ['运维类项目应在运维服务期满后组织项目验收，并出具验收报告（第二十四条）'],
  },
  {
    stage: 'acceptance_report',
    name: 'service: no report',
    input: { kind: 'service', uploadedTypes: [] },
    expect: [OM_REPORT],
  },
  {
    stage: 'acceptance_report',
    name: 'O&M: archive acceptance still applies (Art.27 ¶2 "项目验收")',
    input: { kind: 'operate', uploadedTypes: ['acceptance_report'], archiveAcceptancePassed: null },
    expect: [ARCHIVE],
  },
  {
    stage: 'acceptance_report',
    name: 'O&M: the 1-month period of Art.27 does not apply',
    input: { kind: 'operate', uploadedTypes: ['acceptance_report'], submittedOn: '2026-12-20' },
    expect: [],
  },

  // ——— R-ACCEPT-ORDER at disbursement (Art.26) ———
  { stage: 'disbursement', name: 'material approved and report filed', input: {}, expect: [] },
  {
    stage: 'disbursement',
    name: 'material not approved',
    input: { materialApproved: false },
    expect: [ORDER('materialApproved')],
    says: [
      '竣工验收资料尚未经区数据局审核通过，不予拨付：区财政局根据区数据局审核意见和竣工验收报告拨付相应资金（第二十六条）',
    ],
  },
  {
    stage: 'disbursement',
    name: 'report not filed',
    input: { reportFiled: false },
    expect: [ORDER('reportFiled')],
    says: ['尚未提交竣工验收报告，不予拨付'],
  },
  {
    stage: 'disbursement',
    name: 'neither: both named',
    input: { materialApproved: false, reportFiled: false },
    expect: [ORDER('materialApproved'), ORDER('reportFiled')],
  },

  // ——— R-WARRANTY at handover (Art.29, 不少于三年) ———
  {
    stage: 'handover',
    name: 'accepted 2026-03-15, warranty to 2029-03-15: exactly three years',
    input: {},
    expect: [],
  },
  {
    stage: 'handover',
    name: 'warranty to 2029-03-14: one day short',
    input: { warrantyEndOn: '2029-03-14' },
    expect: [WARRANTY],
    says: [
      '质保期至2029-03-14止，短于自竣工验收通过之日（2026-03-15）起三年，应至少至2029-03-15',
      '项目自竣工验收通过之日起实施单位应提供不少于三年质保服务（第二十九条）',
    ],
  },
  { stage: 'handover', name: 'warranty to 2029-03-16', input: { warrantyEndOn: '2029-03-16' }, expect: [] },
  {
    stage: 'handover',
    name: 'accepted on a leap day 2024-02-29: 2027-02-28 is enough',
    input: { acceptanceDate: '2024-02-29', warrantyEndOn: '2027-02-28' },
    expect: [],
  },
  {
    stage: 'handover',
    name: 'accepted on a leap day 2024-02-29: 2027-02-27 is short',
    input: { acceptanceDate: '2024-02-29', warrantyEndOn: '2027-02-27' },
    expect: [WARRANTY],
    says: ['应至少至2027-02-28'],
  },
  {
    stage: 'handover',
    name: 'the edition decides: five years make 2029-03-15 short',
    edition: editionWith(defaultEdition, {
      warrantyMin: { ...defaultEdition.params.warrantyMin, value: 5 },
    }),
    input: {},
    expect: [WARRANTY],
    says: ['起五年，应至少至2031-03-15', '不少于五年质保服务'],
  },
];
