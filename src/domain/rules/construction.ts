// Procurement and construction (Art.18, 19): R-PROCURE before procurement, R-SUPERVISION before
// construction starts. One blocking finding per missing condition, so the screen can say exactly
// what is missing. R-DECENTRAL is also checked at procurement (./approval.ts).
import { assertFen } from '../money.js';
import { finding } from './cite.js';
import { needsSupervision } from './later-stage-calcs.js';
import type { ProcurementFacts } from './stage-inputs.js';
import type { Rule } from './types.js';
import { lineEn, lineZh, yuanEn, yuanZh } from './wording.js';

/**
 * Art.18: "未纳入年度区级信息化项目清单、未通过技术方案审核和概算审核、未获得立项批复的项目，不得组织采购和
 * 建设。" Also refused before approval (批复, Art.14).
 */
export const ruleProcure: Rule<'procurement'> = {
  id: 'R-PROCURE',
  article: 'Art.18',
  stage: 'procurement',
  severity: 'block',
  effects: ['block'],
  title: '未纳入年度清单、未通过技术方案审核和概算审核、未获得立项批复的项目，不得组织采购和建设',
  titleEn:
    'No procurement or construction before the annual list, joint review, budget approval and (where needed) NDRC approval',
  params: (ed) => ({ ndrcLine: ed.params.ndrcLine }),
  check(f, edition) {
    const tail = '，不得组织采购和建设';
    const tailEn = '; no procurement or construction';
    const missing: [boolean, keyof ProcurementFacts, string, string][] = [
      [
        f.inAnnualList,
        'inAnnualList',
        '项目未纳入年度区级信息化项目清单',
        'The project is not in the annual district IT project list',
      ],
      [
        f.jointReviewPassed,
        'jointReviewPassed',
        '项目未通过技术方案审核（联审）',
        'The project has not passed the technical (joint) review',
      ],
      [f.budgetApproved, 'budgetApproved', '项目未通过概算审核', "The project's budget estimate is not approved"],
      [
        f.approved,
        'approved',
        '项目未获得批复（联合评审表签字盖章扫描件未上传）',
        'The project is not approved (no signed joint review form)',
      ],
      [
        !f.ndrcRequired || f.ndrcApproved,
        'ndrcApproved',
        `总投资${lineZh(edition.params.ndrcLine)}的使用预算安排资金的建设类项目，未获得区发改局立项批复`,
        `A budget-funded build project with a total ${lineEn(edition.params.ndrcLine)} has no NDRC approval recorded`,
      ],
    ];
    return missing
      .filter(([ok]) => !ok)
      .map(([, field, zh, en]) => finding(ruleProcure, 'block', zh + tail, en + tailEn, field));
  },
};

/**
 * Art.19: "投资预算超过50万元的信息化项目应实行工程监理制，项目法人……委托具备相应资质的信息系统工程监理单位，
 * 依据……信息系统工程监理合同对项目建设进行监督管理。" 超过: 50万 itself needs none. Checked when
 * construction starts; SPEC §4 files it under procurement ("block before construction").
 */
export const ruleSupervision: Rule<'construction'> = {
  id: 'R-SUPERVISION',
  article: 'Art.19',
  stage: 'procurement',
  severity: 'block',
  effects: ['block'],
  title: '投资预算超过50万元的信息化项目应实行工程监理制',
  titleEn: 'Projects with a budget over 500,000 yuan need a supervision contract with a qualified unit',
  params: (ed) => ({ supervisionLine: ed.params.supervisionLine }),
  check(f, edition) {
    assertFen(f.budgetFen, 'budgetFen');
    if (!needsSupervision(f.budgetFen, edition) || f.supervisionContract) return [];
    const line = edition.params.supervisionLine;
    return [
      finding(
        ruleSupervision,
        'block',
        `投资预算${yuanZh(f.budgetFen)}，${lineZh(line)}，应实行工程监理制：与具备相应资质的信息系统工程监理单位签订监理合同后方可开工建设`,
        `Budget ${yuanEn(f.budgetFen)} is ${lineEn(line)}: construction starts only after a supervision contract with a qualified supervision unit`,
        'supervisionContract',
      ),
    ];
  },
};
