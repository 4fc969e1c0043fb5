// Document codes of the approval chapter (SPEC §3 steps 6–11, §6; Measures Art.11–19). Codes that
// src/domain/documents.ts lists take its labels; CODES_NOT_IN_DOCUMENT_TYPES are to be added there.
import { DOCUMENT_TYPES, type DocumentType } from '../documents.js';

const shared = <C extends DocumentType>(code: C, article: string) => ({ ...DOCUMENT_TYPES[code], article });

export const APPROVAL_DOCUMENTS = {
  // Art.11 "申报材料包括但不限于项目申报表、按规范要求编制的可行性研究报告或建设方案"
  declaration_form: shared('declaration_form', 'Art.11'),
  construction_plan: shared('construction_plan', 'Art.11'),
  feasibility_study: shared('feasibility_study', 'Art.11, 12'),
  // Art.12 "需编报项目建议书、可行性研究报告、初步设计方案"
  proposal: shared('proposal', 'Art.12'),
  preliminary_design: shared('preliminary_design', 'Art.12'),
  // Art.12(2) "可直接编报项目可行性研究报告、初步设计方案和投资概算"
  budget_estimate: shared('budget_estimate', 'Art.12(2)'),
  // Art.12(3) "可以视情合并编报审批项目建议书、可行性研究报告、初步设计方案和投资概算" — not yet in documents.ts
  combined_filing: {
    zh: '合并编报材料（项目建议书、可行性研究报告、初步设计方案和投资概算）',
    en: 'Combined filing (proposal, feasibility study, preliminary design and budget estimate)',
    article: 'Art.12(3)',
  },
  // Art.12 "提交区发改局履行立项审批手续" — not yet in documents.ts
  ndrc_approval: { zh: '区发改局立项批复', en: 'NDRC project approval', article: 'Art.12' },
  // Art.13 "区数据局可组织申报单位、联审部门进行线下汇报、评审"
  meeting_minutes: shared('meeting_minutes', 'Art.13'),
  // Art.14 "下载《联合评审表》，并由联审单位分管领导签字并加盖公章后，扫描上传" (generated form: not yet in documents.ts)
  joint_review_form: { zh: '联合评审表（平台生成）', en: 'Joint review form (generated)', article: 'Art.14' },
  joint_review_scan: shared('joint_review_scan', 'Art.14'),
  // Art.15 "经区级信息化项目管理工作会商机制审核同意后，由申报单位报经区政府批准" — not yet in documents.ts
  decentral_consultation: { zh: '会商机制审核同意意见', en: 'Consultation mechanism approval', article: 'Art.15' },
  decentral_government: {
    zh: '区政府批准分散建设文件',
    en: 'Government approval of decentralised construction',
    article: 'Art.15',
  },
  contract: shared('contract', 'Art.16'),
  // Art.19 "依据……信息系统工程监理合同对项目建设进行监督管理"
  supervision_contract: shared('supervision_contract', 'Art.19'),
  // Art.17 "通过信息化项目管理平台进行备案"
  change_filing: shared('change_filing', 'Art.17'),
} as const;

/** Codes used here that src/domain/documents.ts does not list yet (to be added there). */
export const CODES_NOT_IN_DOCUMENT_TYPES = [
  'combined_filing',
  'ndrc_approval',
  'joint_review_form',
  'decentral_consultation',
  'decentral_government',
] as const;

export type DocCode = keyof typeof APPROVAL_DOCUMENTS;
export const DOC_CODES = Object.keys(APPROVAL_DOCUMENTS) as DocCode[];

/** One required document, satisfied by any of `anyOf` (e.g. 可研 or 建设方案, Art.11). */
export interface DocSlot {
  anyOf: readonly DocCode[];
  zh: string;
  en: string;
}

/** A slot of one or several alternative codes, labelled "A或B" / "A or B". */
export function slot(...anyOf: DocCode[]): DocSlot {
  return {
    anyOf,
    zh: anyOf.map((c) => APPROVAL_DOCUMENTS[c].zh).join('或'),
    en: anyOf.map((c) => APPROVAL_DOCUMENTS[c].en).join(' or '),
  };
}

/** The slots not yet satisfied by the uploaded document types. */
export function missingDocuments(slots: readonly DocSlot[], uploaded: Iterable<string>): DocSlot[] {
  const have = new Set(uploaded);
  return slots.filter((s) => !s.anyOf.some((c) => have.has(c)));
}
