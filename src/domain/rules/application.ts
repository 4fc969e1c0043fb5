// Project application (项目审核申报, Art.11, 12): R-NDRC and R-NDRC-SIMPLE, and R-MATERIALS for
// the Art.11 documents. approvalRoute() (../approval/approval-route.ts) works out the route and
// explains it with these rules' findings; the checks here run when the application is submitted.
import type { SimplifiedPath } from '../approval/approval-route.js';
import { missingDocuments, type DocSlot } from '../approval/documents.js';
import { SIMPLIFIED_PATHS } from '../approval/simplified-paths.js';
import { finding, withCode } from './cite.js';
import { ruleMaterials } from './materials.js';
import type { ApplicationInput } from './stage-inputs.js';
import type { Finding, Rule, RuleId, RuleMeta } from './types.js';

/** Art.12 first paragraph: 立项审批 by ndrc over the line. */
export const NDRC_META: RuleMeta = {
  id: 'R-NDRC',
  article: 'Art.12',
  stage: 'application',
  severity: 'block',
  effects: ['block'],
  title:
    '总投资超过400万元的使用预算安排资金的建设类项目，需编报项目建议书、可行性研究报告、初步设计方案，经区发改局立项审批',
  titleEn:
    'Build projects over 4 million yuan from budget funds need a proposal, feasibility study, preliminary design and NDRC approval',
  params: (ed) => ({ ndrcLine: ed.params.ndrcLine }),
};

/** Art.12(1)–(3): the simplified paths (data: ../approval/simplified-paths.ts). */
export const NDRC_SIMPLE_META: RuleMeta = {
  id: 'R-NDRC-SIMPLE',
  article: 'Art.12(1)–(3)',
  stage: 'application',
  severity: 'block',
  // info: the paths offered and the one chosen; block: a chosen path the route does not offer.
  effects: ['info', 'block'],
  title: '适当简化立项审批程序：列入规划的可直接编报可研；紧急的可直接编报可研、初设和概算；800万元以下的可合并编报',
  titleEn:
    'Simplified approval: planned → feasibility study; urgent → study, design and estimate; 8 million yuan and below → merged',
  params: (ed) => ({
    simplifiedMergeLine: ed.params.simplifiedMergeLine,
    simplifiedPaths: SIMPLIFIED_PATHS,
  }),
};

/** The document slots of the chosen path; null when a simplified path is chosen that the route does not offer. */
export function chosenPath(input: ApplicationInput): { slots: readonly DocSlot[]; path: SimplifiedPath | null } | null {
  if (input.path === 'standard') return { slots: input.route.requiredDocuments, path: null };
  const path = input.route.simplifiedPaths.find((p) => p.code === input.path);
  return path ? { slots: path.documents, path } : null;
}

/** One finding listing every missing document of the chosen path (the wording of the application refusal). */
function documentsFinding(rule: { id: RuleId; article: string }, article: string, input: ApplicationInput): Finding[] {
  const chosen = chosenPath(input);
  if (!chosen) return []; // R-NDRC-SIMPLE refuses the path itself
  const missing = missingDocuments(chosen.slots, input.uploadedTypes);
  if (!missing.length) return [];
  return [
    withCode(
      finding(
        rule,
        'block',
        `项目审核申报材料不全，缺少：${missing.map((m) => m.zh).join('、')}`,
        `Missing: ${missing.map((m) => m.en).join(', ')}`,
        'documents',
        article,
      ),
      'DOCUMENTS_MISSING',
    ),
  ];
}

/**
 * Art.11: "申报材料包括但不限于项目申报表、按规范要求编制的可行性研究报告或建设方案。" Where R-NDRC does
 * not apply, the application needs the route's documents (申报表 + 可研 or 建设方案).
 * R-MATERIALS is the rule of the declaration materials (Art.10(1)); here it checks Art.11's.
 */
export const ruleMaterialsAtApplication: Rule<'application'> = {
  ...ruleMaterials,
  check: (input) => (input.route.ndrcRequired ? [] : documentsFinding(ruleMaterials, 'Art.11', input)),
};

/**
 * Art.12: "总投资超过400万元的使用预算安排资金的建设类项目，需编报项目建议书、可行性研究报告、初步设计方案，
 * 提交区发改局履行立项审批手续。" Where it applies, the application needs the documents of the chosen
 * path (the general one or a simplified one).
 */
export const ruleNdrc: Rule<'application'> = {
  ...NDRC_META,
  check: (input) => (input.route.ndrcRequired ? documentsFinding(NDRC_META, NDRC_META.article, input) : []),
};

/**
 * Art.12(1)–(3): a simplified path may be chosen only where the route offers it; the chosen one is
 * recorded with its article.
 */
export const ruleNdrcSimple: Rule<'application'> = {
  ...NDRC_SIMPLE_META,
  check(input) {
    if (input.path === 'standard') return [];
    const chosen = chosenPath(input);
    if (!chosen?.path) {
      return [
        withCode(
          finding(
            NDRC_SIMPLE_META,
            'block',
            '所选简化程序不适用于本项目',
            'The chosen simplified path is not offered for this project',
            'path',
            'Art.12',
          ),
          'PATH_NOT_OFFERED',
        ),
      ];
    }
    const p = chosen.path;
    return [
      finding(
        NDRC_SIMPLE_META,
        'info',
        `按简化立项审批程序申报：${p.zh}`,
        `Applying by the simplified path: ${p.en}`,
        'path',
        p.article,
      ),
    ];
  },
};
