// Project application (项目审核申报) and the approval route (立项审批): SPEC §3 step 6, rules
// R-NDRC and R-NDRC-SIMPLE; Measures Art.11, 12. Pure: the edition gives the lines and their words.
import type { Edition, KindCode } from '../editions/types.js';
import { assertFen, type Fen } from '../money.js';
import { NDRC_META, NDRC_SIMPLE_META } from '../rules/application.js';
import { finding } from '../rules/cite.js';
import type { FundingLine } from '../rules/declaration-input.js';
import { needsNdrcApproval, usesBudgetFunds } from '../rules/later-stage-calcs.js';
import type { Finding } from '../rules/types.js';
import { lineEn, lineZh, yuanEn, yuanZh } from '../rules/wording.js';
import { slot, type DocCode, type DocSlot } from './documents.js';
import {
  isPathOffered,
  pathField,
  renderPathText,
  SIMPLIFIED_PATHS,
  type SimplifiedPathCode,
} from './simplified-paths.js';

export type { SimplifiedPathCode };

export interface ApprovalRouteInput {
  kind: KindCode;
  totalFen: Fen;
  fundingSources: readonly FundingLine[];
  /** Art.12(1) "已经列入国家、省、市、区信息化建设规划的项目". */
  inPlan: boolean;
  /** Art.12(2) "国家、省、市、区有明确要求，或者涉及国家重大战略、国家安全等特殊原因，情况紧急且前期工作深度达到规定要求". */
  urgentMandate: boolean;
  /** Art.12 last paragraph "涉及新建土建工程". */
  newCivilWorks: boolean;
  /** Art.12 last paragraph "高耗能项目". */
  energyIntensive: boolean;
  /** 区发改局's 立项批复 is recorded. Omitted = not yet: R-NDRC then blocks where it applies. */
  ndrcApproved?: boolean;
}

export interface SimplifiedPath {
  code: SimplifiedPathCode;
  article: string;
  zh: string;
  en: string;
  documents: DocSlot[];
}

/** The pre-approvals Art.12 lifts "原则上" for district projects: 节能评估、规划选址、用地预审、环境影响评价. */
export const EXTRA_APPROVALS = {
  energy: { zh: '节能评估', en: 'Energy-saving assessment' },
  site: { zh: '规划选址', en: 'Planning site selection' },
  land: { zh: '用地预审', en: 'Land-use pre-review' },
  eia: { zh: '环境影响评价', en: 'Environmental impact assessment' },
} as const;
export type ExtraApproval = keyof typeof EXTRA_APPROVALS;

export interface ApprovalRoute {
  ndrcRequired: boolean;
  requiredDocuments: DocSlot[];
  simplifiedPaths: SimplifiedPath[];
  extraApprovals: ExtraApproval[];
  findings: Finding[];
}

/** Art.11: 申报表 + 可研 or 建设方案. */
const ART11_DOCUMENTS: readonly (readonly DocCode[])[] = [
  ['declaration_form'],
  ['feasibility_study', 'construction_plan'],
];
/** Art.12: 申报表 + 项目建议书 + 可研 + 初步设计. */
const NDRC_DOCUMENTS: readonly (readonly DocCode[])[] = [
  ['declaration_form'],
  ['proposal'],
  ['feasibility_study'],
  ['preliminary_design'],
];

/** Why R-NDRC does not apply: each of the three conditions of Art.12 that fails. */
function notNdrcReasons(input: ApprovalRouteInput, edition: Edition): { zh: string; en: string }[] {
  const line = edition.params.ndrcLine;
  const out: { zh: string; en: string }[] = [];
  if (input.kind !== 'build') out.push({ zh: '非建设类项目', en: 'not a build project' });
  if (!usesBudgetFunds(input.fundingSources)) {
    out.push({
      zh: '未使用预算安排资金（财政资金或政企联合投资的政府部分）',
      en: 'no budget funds (fiscal or the government part of joint funding)',
    });
  }
  if (
    !needsNdrcApproval(
      { kind: 'build', totalFen: input.totalFen, fundingSources: [{ source: 'fiscal', amountFen: 1 }] },
      edition,
    )
  ) {
    out.push({
      zh: `总投资${yuanZh(input.totalFen)}，未${lineZh(line)}`,
      en: `total ${yuanEn(input.totalFen)} is not ${lineEn(line)}`,
    });
  }
  return out;
}

/**
 * The approval route of a listed project, with the reasons.
 * Art.11: "申报材料包括但不限于项目申报表、按规范要求编制的可行性研究报告或建设方案。"
 * Art.12: "总投资超过400万元的使用预算安排资金的建设类项目，需编报项目建议书、可行性研究报告、初步设计方案，
 * 提交区发改局履行立项审批手续。" — with the simplified paths (一)–(三) of SIMPLIFIED_PATHS offered only
 * where R-NDRC applies (they simplify that 立项审批), and "区级信息化项目原则上不再进行节能评估、规划选址、用地预审、环境影响评价等审批，
 * 涉及新建土建工程、高耗能项目除外" (either flag lifts the whole exemption).
 */
export function approvalRoute(input: ApprovalRouteInput, edition: Edition): ApprovalRoute {
  assertFen(input.totalFen, 'totalFen');
  const ndrcRequired = needsNdrcApproval(input, edition);
  const findings: Finding[] = [];
  const total = input.totalFen;
  const { ndrcLine } = edition.params;

  if (!ndrcRequired) {
    const why = notNdrcReasons(input, edition);
    findings.push(
      finding(
        NDRC_META,
        'info',
        `${why.map((w) => w.zh).join('；')}，无需区发改局立项审批；按第十一条提交项目申报表和可行性研究报告或建设方案`,
        `No NDRC approval: ${why.map((w) => w.en).join('; ')}; file the declaration form and a feasibility study or construction plan under Art.11`,
        'totalFen',
      ),
    );
  } else {
    const base = `总投资${yuanZh(total)}，${lineZh(ndrcLine)}，使用预算安排资金，属建设类项目：需编报项目建议书、可行性研究报告、初步设计方案，提交区发改局履行立项审批手续`;
    const baseEn = `Total ${yuanEn(total)} is ${lineEn(ndrcLine)}, uses budget funds and is a build project: a proposal, feasibility study and preliminary design go to the NDRC bureau for approval`;
    findings.push(
      input.ndrcApproved
        ? finding(
            NDRC_META,
            'info',
            `${base}；已取得区发改局立项批复`,
            `${baseEn}; the NDRC approval is recorded`,
            'ndrcApproved',
          )
        : finding(
            NDRC_META,
            'block',
            `${base}；尚未取得区发改局立项批复`,
            `${baseEn}; the NDRC approval is not yet recorded`,
            'ndrcApproved',
          ),
    );
  }

  const requiredDocuments = (ndrcRequired ? NDRC_DOCUMENTS : ART11_DOCUMENTS).map((codes) => slot(...codes));

  // Art.12(1)–(3): the table of simplified paths, walked in order (only where R-NDRC applies).
  const simplifiedPaths: SimplifiedPath[] = [];
  if (ndrcRequired) {
    for (const row of SIMPLIFIED_PATHS) {
      const offered = isPathOffered(row, input, edition);
      const text = offered ? row.offered : row.notOffered;
      if (!text) continue;
      const { zh, en } = renderPathText(text, row, input, edition);
      if (offered)
        simplifiedPaths.push({
          code: row.code,
          article: row.article,
          zh,
          en,
          documents: row.documents.map((codes) => slot(...codes)),
        });
      findings.push(finding(NDRC_SIMPLE_META, 'info', zh, en, pathField(row), row.article));
    }
  }

  const extraApprovals: ExtraApproval[] =
    input.newCivilWorks || input.energyIntensive ? ['energy', 'site', 'land', 'eia'] : [];
  if (extraApprovals.length) {
    const what = [input.newCivilWorks && '新建土建工程', input.energyIntensive && '高耗能项目']
      .filter(Boolean)
      .join('、');
    const whatEn = [input.newCivilWorks && 'new civil works', input.energyIntensive && 'energy-intensive']
      .filter(Boolean)
      .join(', ');
    findings.push(
      finding(
        NDRC_META,
        'info',
        `项目涉及${what}，不适用免予审批：须按规定办理${extraApprovals.map((a) => EXTRA_APPROVALS[a].zh).join('、')}等审批`,
        `The project involves ${whatEn}: energy-saving assessment, site selection, land-use pre-review and EIA approvals apply`,
        input.newCivilWorks ? 'newCivilWorks' : 'energyIntensive',
        'Art.12',
      ),
    );
  }

  return { ndrcRequired, requiredDocuments, simplifiedPaths, extraApprovals, findings };
}
