// Acceptance (验收, SPEC §3 step 13; Art.24–27, 29): R-TRIAL, R-ACCEPT-ORDER, R-REPORT, R-WARRANTY,
// R-OM-ACCEPT. Checked when the acceptance is held (acceptance_hold), when its report is filed
// (acceptance_report), when finance records a disbursement (disbursement) and when the assets are
// handed over with the warranty (handover). The dates come computed (../delivery/): a rule compares,
// it does not count months itself. One finding per missing condition, so the screen says what is missing.
import { addDays, addMonths, compareIsoDate, daysBetween } from '../calendar/index.js';
import { reportAttachments, warrantyLongEnough, warrantyMinimumEnd } from '../delivery/acceptance-report.js';
import { windowPosition } from '../delivery/acceptance-window.js';
import { DOCUMENT_TYPES, type DocumentType } from '../documents.js';
import type { Duration, KindCode } from '../editions/types.js';
import { finding, withCode, zhNumber } from './cite.js';
import type { Finding, Rule, RuleMeta } from './types.js';

/** O&M and purchased-service projects are accepted after their service period (Art.24), not after a trial run. */
const isOmKind = (kind: KindCode): boolean => kind === 'operate' || kind === 'service';

/** "三年", "6个月", "3个工作日" — a period in the Measures' words. */
function durationZh(d: Pick<Duration, 'value' | 'unit'>): string {
  switch (d.unit) {
    case 'year':
      return `${zhNumber(d.value)}年`;
    case 'month':
      return `${d.value}个月`;
    case 'working_day':
      return `${d.value}个工作日`;
    default: {
      const never: never = d.unit;
      throw new Error(`Unknown duration unit ${String(never)}`);
    }
  }
}

/**
 * Art.25: "项目竣工验收应在系统上线试运行1个月后进行，其中软件开发项目的竣工验收应在上线试运行3个月后进行。
 * 试运行至完成项目竣工验收的时间最长不超过6个月。" Build projects only. The window's earliest day (not moved)
 * and latest day (moved off a rest day) both allow the acceptance; without a calendar for the latest
 * day's year, the end is not guessed: a warning says it could not be checked.
 */
export const ruleTrial: Rule<'acceptance_hold'> = {
  id: 'R-TRIAL',
  article: 'Art.25',
  stage: 'acceptance',
  severity: 'block',
  effects: ['block', 'overdue'],
  title: '竣工验收应在试运行1个月后（软件开发3个月后）进行，试运行至完成验收最长不超过6个月',
  titleEn: 'Acceptance no earlier than 1 month (software: 3 months) after trial start, and within 6 months',
  params: (ed) => ({
    trialMin: ed.params.trialMin,
    trialMinSoftware: ed.params.trialMinSoftware,
    trialMax: ed.params.trialMax,
  }),
  check(input, edition) {
    if (input.kind !== 'build') return [];
    const w = input.window;
    const day = input.acceptanceDate;
    if (!w) {
      return [
        finding(
          ruleTrial,
          'block',
          '未登记上线试运行：项目竣工验收应在系统上线试运行后进行，尚无上线试运行日期，不得组织竣工验收',
          'No trial run is recorded: acceptance follows the trial run and cannot be held yet',
          'window',
        ),
      ];
    }
    const { trialMin, trialMinSoftware, trialMax } = edition.params;
    const max = durationZh(trialMax);
    const position = windowPosition(w, day);
    switch (position) {
      case 'open':
        return [];
      case 'too_early': {
        const min = w.softwareDevelopment ? trialMinSoftware : trialMin;
        const rule = w.softwareDevelopment
          ? `软件开发项目的竣工验收应在上线试运行${durationZh(min)}后进行`
          : `项目竣工验收应在系统上线试运行${durationZh(min)}后进行`;
        return [
          finding(
            ruleTrial,
            'block',
            `竣工验收日期${day}早于最早可验收日${w.earliest}（上线试运行日${w.trialStart}起满${durationZh(min)}）：${rule}`,
            `Acceptance on ${day} is before the earliest day ${w.earliest} (${min.value} month(s) after the trial run started on ${w.trialStart}${w.softwareDevelopment ? ', software development' : ''})`,
            'acceptanceDate',
          ),
        ];
      }
      case 'too_late':
        return [
          finding(
            ruleTrial,
            'block',
            `竣工验收日期${day}晚于最迟验收日${w.latest}（上线试运行日${w.trialStart}起${max}，遇法定节假日顺延至工作日）：试运行至完成项目竣工验收的时间最长不超过${max}`,
            `Acceptance on ${day} is after the last day ${w.latest} (${trialMax.value} months after the trial run started on ${w.trialStart}, moved to a working day): at most ${trialMax.value} months`,
            'acceptanceDate',
          ),
        ];
      case 'unknown_end': {
        const unmoved = addMonths(w.trialStart, trialMax.value);
        return [
          finding(
            ruleTrial,
            'warn',
            `上线试运行日${w.trialStart}起${max}为${unmoved}，遇法定节假日顺延至工作日；工作日历未覆盖该年度，无法计算验收期限的最后一天，未能核验竣工验收日期${day}是否在试运行至完成项目竣工验收最长不超过${max}的期限内`,
            `${trialMax.value} months after the trial start ${w.trialStart} is ${unmoved}, moved to a working day; the working calendar does not cover that year, so the end of the window could not be computed and ${day} was not checked against it`,
            'window.latest',
          ),
        ];
      }
      default: {
        const never: never = position;
        throw new Error(`Unknown window position ${String(never)}`);
      }
    }
  },
};

/**
 * Art.26: "申报单位和实施单位应在竣工验收前，通过信息化项目管理平台提交竣工验收资料，经区数据局审核通过后，由
 * 申报单位自行组织竣工验收。区财政局根据区数据局审核意见和竣工验收报告拨付相应资金。"
 */
const ACCEPT_ORDER_META: RuleMeta = {
  id: 'R-ACCEPT-ORDER',
  article: 'Art.26',
  stage: 'acceptance',
  severity: 'block',
  effects: ['block'],
  title: '竣工验收资料经区数据局审核通过后方可组织验收；凭验收报告拨付资金',
  titleEn: 'Acceptance material approved by the data bureau before acceptance; disbursement after the report',
  params: () => ({}),
};

const DISBURSE_ZH = '区财政局根据区数据局审核意见和竣工验收报告拨付相应资金';
const DISBURSE_EN = "finance disburses on the data bureau's opinion and the acceptance report";

/** R-ACCEPT-ORDER when the acceptance is held: the material is approved first (every kind of project). */
export const ruleAcceptOrderAtHold: Rule<'acceptance_hold'> = {
  ...ACCEPT_ORDER_META,
  check: (input) =>
    input.materialApproved
      ? []
      : [
          finding(
            ACCEPT_ORDER_META,
            'block',
            '竣工验收资料尚未经区数据局审核通过：竣工验收资料须经区数据局审核通过后，方可组织竣工验收',
            'The acceptance material is not approved by the data bureau: acceptance is held only after its approval',
            'materialApproved',
          ),
        ],
};

/** R-ACCEPT-ORDER when finance records a disbursement: the bureau's approval and the report, each named. */
export const ruleAcceptOrderAtDisbursement: Rule<'disbursement'> = {
  ...ACCEPT_ORDER_META,
  check(input) {
    const out: Finding[] = [];
    if (!input.materialApproved)
      out.push(
        finding(
          ACCEPT_ORDER_META,
          'block',
          `竣工验收资料尚未经区数据局审核通过，不予拨付：${DISBURSE_ZH}`,
          `The acceptance material is not approved by the data bureau; no disbursement: ${DISBURSE_EN}`,
          'materialApproved',
        ),
      );
    if (!input.reportFiled)
      out.push(
        finding(
          ACCEPT_ORDER_META,
          'block',
          `尚未提交竣工验收报告，不予拨付：${DISBURSE_ZH}`,
          `No acceptance report is filed; no disbursement: ${DISBURSE_EN}`,
          'reportFiled',
        ),
      );
    return out;
  },
};

/** How a missing attachment is named: the security reports say which of 等保 / 分保 applies. */
function attachmentZh(t: DocumentType): string {
  const label = DOCUMENT_TYPES[t].zh;
  switch (t) {
    case 'mlps_test_report':
      return `安全风险评估报告中的${label}（非涉密信息系统，适用等保测评）`;
    case 'classified_protection_report':
      return `安全风险评估报告中的${label}（涉密信息系统，适用分保测评）`;
    case 'data_security_assessment':
      return `安全风险评估报告中的${label}`;
    default:
      return label;
  }
}

const missingDocument = (rule: RuleMeta, t: DocumentType, zh: string, en: string): Finding =>
  withCode(finding(rule, 'block', zh, en, `documents.${t}`), 'DOCUMENTS_MISSING');

/**
 * Art.27: "申报单位和实施单位应在竣工验收结束后1个月内，通过信息化项目管理平台提交项目竣工验收报告。验收报告
 * 一般应附上项目建设总结、财务报告、审计报告、安全风险评估报告（包括涉密信息系统分级保护测评报告或非涉密信息
 * 系统网络安全等级保护测评报告、数据安全风险评估报告等）、密码应用安全性评估报告、安全可靠情况等材料。
 * 申报单位当按照国家有关档案管理的规定，做好项目档案管理。未经档案验收或档案验收不合格的，不得通过项目验收。"
 * The report and its attachments, and the 1-month period, concern the 竣工验收 of build projects (O&M:
 * R-OM-ACCEPT). The archive acceptance of ¶2 concerns every 项目验收, O&M included. Late is marked
 * overdue (warn), never refused: the report is still wanted.
 */
export const ruleReport: Rule<'acceptance_report'> = {
  id: 'R-REPORT',
  article: 'Art.27',
  stage: 'acceptance',
  severity: 'block',
  effects: ['block', 'overdue'],
  title: '竣工验收结束后1个月内提交验收报告及附件；未经档案验收或不合格的不得通过验收',
  titleEn: 'Acceptance report with attachments within 1 month; archive acceptance must pass',
  params: (ed) => ({ acceptanceReportPeriod: ed.params.acceptanceReportPeriod }),
  check(input, edition) {
    const out: Finding[] = [];
    const isBuild = input.kind === 'build';
    if (isBuild) {
      const uploaded = new Set(input.uploadedTypes);
      if (!uploaded.has('acceptance_report'))
        out.push(
          missingDocument(
            ruleReport,
            'acceptance_report',
            '未上传项目竣工验收报告：申报单位和实施单位应在竣工验收结束后通过信息化项目管理平台提交项目竣工验收报告',
            'The acceptance report is not uploaded',
          ),
        );
      for (const t of reportAttachments(input.classified))
        if (!uploaded.has(t))
          out.push(
            missingDocument(
              ruleReport,
              t,
              `竣工验收报告未附${attachmentZh(t)}：验收报告一般应附上项目建设总结、财务报告、审计报告、安全风险评估报告、密码应用安全性评估报告、安全可靠情况等材料`,
              `The acceptance report lacks its attachment: ${DOCUMENT_TYPES[t].en}`,
            ),
          );
    }
    if (input.archiveAcceptancePassed !== true) {
      const held = input.archiveAcceptancePassed === false;
      out.push(
        finding(
          ruleReport,
          'block',
          `${held ? '档案验收不合格' : '尚未进行档案验收'}：未经档案验收或档案验收不合格的，不得通过项目验收`,
          `${held ? 'The archive acceptance failed' : 'No archive acceptance has been held'}: the project cannot pass acceptance without a passed archive acceptance`,
          'archiveAcceptancePassed',
        ),
      );
    }
    if (isBuild && input.dueDate !== null && compareIsoDate(input.submittedOn, input.dueDate) > 0) {
      const period = durationZh(edition.params.acceptanceReportPeriod);
      const days = daysBetween(input.dueDate, input.submittedOn);
      out.push(
        finding(
          ruleReport,
          'warn',
          `竣工验收报告提交截止日为${input.dueDate}（竣工验收结束后${period}内，遇法定节假日顺延至工作日），于${input.submittedOn}提交，已逾期${days}天，标记为逾期`,
          `The acceptance report was due by ${input.dueDate} (within ${edition.params.acceptanceReportPeriod.value} month(s) of the acceptance, moved to a working day) and was filed on ${input.submittedOn}: ${days} day(s) late, marked overdue`,
          'submittedOn',
        ),
      );
    }
    return out;
  },
};

/**
 * Art.29: "项目自竣工验收通过之日起实施单位应提供不少于三年质保服务。" The warranty ends on or after
 * warrantyMinimumEnd (three years after the acceptance day, 民法典 Art.201–202).
 */
export const ruleWarranty: Rule<'handover'> = {
  id: 'R-WARRANTY',
  article: 'Art.29',
  stage: 'acceptance',
  severity: 'block',
  effects: ['block'],
  title: '自竣工验收通过之日起提供不少于三年质保服务',
  titleEn: 'Warranty of at least three years from acceptance',
  params: (ed) => ({ warrantyMin: ed.params.warrantyMin }),
  check(input, edition) {
    const { acceptanceDate, warrantyEndOn } = input;
    if (warrantyLongEnough(acceptanceDate, warrantyEndOn, edition)) return [];
    const w = edition.params.warrantyMin;
    const min = warrantyMinimumEnd(acceptanceDate, edition);
    const length = `${w.word ?? '不少于'}${durationZh(w)}`;
    return [
      finding(
        ruleWarranty,
        'block',
        `质保期至${warrantyEndOn}止，短于自竣工验收通过之日（${acceptanceDate}）起${durationZh(w)}，应至少至${min}：项目自竣工验收通过之日起实施单位应提供${length}质保服务`,
        `The warranty ends on ${warrantyEndOn}, before ${min}: at least ${w.value} ${w.unit}(s) from the acceptance on ${acceptanceDate}`,
        'warrantyEndOn',
      ),
    ];
  },
};

/**
 * Art.24: "运维类项目应在运维服务期满后组织项目验收，并出具验收报告。" For O&M and purchased-service
 * projects. 期满后: the service period's last day is still inside it; the next day is the first allowed.
 */
const OM_ACCEPT_META: RuleMeta = {
  id: 'R-OM-ACCEPT',
  article: 'Art.24',
  stage: 'acceptance',
  severity: 'block',
  effects: ['block'],
  title: '运维类项目应在运维服务期满后组织项目验收，并出具验收报告',
  titleEn: 'An O&M project is accepted after its service period, with a report',
  params: () => ({}),
};

/** R-OM-ACCEPT when the acceptance is held: after the service period. */
export const ruleOmAcceptAtHold: Rule<'acceptance_hold'> = {
  ...OM_ACCEPT_META,
  check(input) {
    if (!isOmKind(input.kind)) return [];
    const end = input.serviceEndOn;
    const tail = '运维类项目应在运维服务期满后组织项目验收';
    if (end === null)
      return [
        finding(
          OM_ACCEPT_META,
          'block',
          `未登记运维服务期的最后一日：${tail}`,
          'The last day of the service period is not recorded: an O&M project is accepted after it',
          'serviceEndOn',
        ),
      ];
    if (compareIsoDate(input.acceptanceDate, end) > 0) return [];
    return [
      finding(
        OM_ACCEPT_META,
        'block',
        `验收日期${input.acceptanceDate}，运维服务期至${end}止，尚未期满（最早可于${addDays(end, 1)}验收）：${tail}`,
        `Acceptance on ${input.acceptanceDate} is within the service period ending ${end}; the first allowed day is ${addDays(end, 1)}`,
        'acceptanceDate',
      ),
    ];
  },
};

/** R-OM-ACCEPT when the report is filed: 并出具验收报告. */
export const ruleOmAcceptAtReport: Rule<'acceptance_report'> = {
  ...OM_ACCEPT_META,
  check(input) {
    if (!isOmKind(input.kind) || input.uploadedTypes.includes('acceptance_report')) return [];
    return [
      missingDocument(
        OM_ACCEPT_META,
        'acceptance_report',
        '未上传验收报告：运维类项目应在运维服务期满后组织项目验收，并出具验收报告',
        'No acceptance report is uploaded: an O&M project is accepted with a report',
      ),
    ];
  },
};
