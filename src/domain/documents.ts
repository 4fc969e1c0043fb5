// Document types and accepted file kinds (SPEC §6; Measures Art.10(1): 申报材料包括但不限于项目申报表、
// 建设方案、建设依据支撑材料以及集体研究意见). Pure: no I/O, no framework.

/** Types of a project's documents. Later chapters (合同, 验收资料, …) add codes here. */
export const DOCUMENT_TYPES = {
  declaration_form: { zh: '项目申报表', en: 'Declaration form' },
  construction_plan: { zh: '建设方案', en: 'Construction plan' },
  basis_documents: { zh: '建设依据支撑材料', en: 'Basis documents' },
  collective_decision: { zh: '集体研究意见', en: 'Collective decision' },
  feasibility_study: { zh: '可行性研究报告', en: 'Feasibility study' },
  proposal: { zh: '项目建议书', en: 'Project proposal' },
  preliminary_design: { zh: '初步设计方案', en: 'Preliminary design' },
  budget_estimate: { zh: '投资概算', en: 'Budget estimate' },
  combined_filing: {
    zh: '合并编报材料（项目建议书、可研、初设和概算）',
    en: 'Combined filing (proposal, feasibility, design, estimate)',
  },
  meeting_minutes: { zh: '线下评审会议纪要', en: 'Review meeting minutes' },
  joint_review_scan: { zh: '联合评审表（签字盖章扫描件）', en: 'Joint review form (signed scan)' },
  contract: { zh: '合同', en: 'Contract' },
  supervision_contract: { zh: '监理合同', en: 'Supervision contract' },
  change_filing: { zh: '变更备案材料', en: 'Change filing' },
  // Construction (Art.16, 19, 33)
  progress_report: { zh: '建设进度报告', en: 'Progress report' },
  payment_voucher: { zh: '付款凭证', en: 'Payment voucher' },
  supervision_report: { zh: '监理报告', en: 'Supervision report' },
  self_evaluation: { zh: '自评报告（项目绩效评价报告）', en: 'Self-evaluation report' },
  // Acceptance (Art.24–27)
  acceptance_material: { zh: '竣工验收资料', en: 'Acceptance material' },
  acceptance_minutes: { zh: '竣工验收会议纪要（验收意见）', en: 'Acceptance minutes' },
  acceptance_report: { zh: '竣工验收报告', en: 'Acceptance report' },
  construction_summary: { zh: '项目建设总结', en: 'Construction summary' },
  financial_report: { zh: '财务报告', en: 'Financial report' },
  audit_report: { zh: '审计报告', en: 'Audit report' },
  mlps_test_report: { zh: '网络安全等级保护测评报告', en: 'MLPS test report' },
  classified_protection_report: { zh: '涉密信息系统分级保护测评报告', en: 'Classified-system protection test report' },
  data_security_assessment: { zh: '数据安全风险评估报告', en: 'Data security risk assessment' },
  crypto_assessment: { zh: '密码应用安全性评估报告', en: 'Crypto application assessment (密评)' },
  secure_reliable_report: { zh: '安全可靠情况', en: 'Secure and reliable products statement' },
  archive_acceptance: { zh: '档案验收意见', en: 'Archive acceptance' },
  om_service_report: { zh: '运维服务报告', en: 'O&M service report' },
  // Handover, operation, exit (Art.28–33)
  asset_handover: { zh: '资产移交清单', en: 'Asset handover list' },
  om_report: { zh: '年度运维服务情况报表', en: 'Yearly O&M report' },
  exit_material: { zh: '退出材料', en: 'Exit evidence' },
  sharing_evidence: { zh: '数据共享落实证明', en: 'Data sharing evidence' },
  security_test_report: { zh: '安全测评报告', en: 'Security test report' },
  // Performance evaluation and rectification (Art.33)
  third_party_evaluation: { zh: '第三方评估报告', en: 'Third-party evaluation report' },
  rectification_report: { zh: '整改报告', en: 'Rectification report' },
  other: { zh: '其他材料', en: 'Other' },
} as const;

export type DocumentType = keyof typeof DOCUMENT_TYPES;
export const DOCUMENT_TYPE_CODES = Object.keys(DOCUMENT_TYPES) as [DocumentType, ...DocumentType[]];

export function isDocumentType(code: string): code is DocumentType {
  return Object.hasOwn(DOCUMENT_TYPES, code);
}

/** File kinds we accept, told apart by their content (magic bytes), never by the name alone. */
export const FILE_KINDS = {
  pdf: { zh: 'PDF 文档', en: 'PDF document', contentType: 'application/pdf', extensions: ['pdf'] },
  docx: {
    zh: 'Word 文档（.docx）',
    en: 'Word document (.docx)',
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extensions: ['docx'],
  },
  doc: {
    zh: 'Word 97-2003 文档（.doc）',
    en: 'Word 97-2003 document (.doc)',
    contentType: 'application/msword',
    extensions: ['doc'],
  },
  ofd: { zh: 'OFD 版式文档', en: 'OFD document', contentType: 'application/ofd', extensions: ['ofd'] },
  png: { zh: 'PNG 图片', en: 'PNG image', contentType: 'image/png', extensions: ['png'] },
  jpeg: { zh: 'JPEG 图片', en: 'JPEG image', contentType: 'image/jpeg', extensions: ['jpg', 'jpeg'] },
} as const;

export type FileKind = keyof typeof FILE_KINDS;

export const ALLOWED_EXTENSIONS: readonly string[] = Object.values(FILE_KINDS).flatMap((k) => k.extensions);
export const ALLOWED_TYPES_ZH = 'PDF、Word（.doc/.docx）、OFD、PNG/JPEG 图片';
export const ALLOWED_TYPES_EN = 'PDF, Word (.doc/.docx), OFD, PNG/JPEG images';

/** The lower-case extension of a file name, without the dot ('' when there is none). */
export function extensionOf(fileName: string): string {
  const m = /\.([A-Za-z0-9]{1,10})$/.exec(fileName);
  return m ? m[1].toLowerCase() : '';
}

/** Whether a name's extension agrees with the kind its content was sniffed as. */
export function extensionMatches(fileName: string, kind: FileKind): boolean {
  return (FILE_KINDS[kind].extensions as readonly string[]).includes(extensionOf(fileName));
}

/**
 * A file name safe to store and to send back: the last path segment, no control characters, no
 * bidirectional embedding, override or isolate controls (U+202A–U+202E, U+2066–U+2069: they make
 * "invoice\u202Efdp.exe" display as "invoiceexe.pdf"), at most 200 characters (keeping the
 * extension). Returns '' when nothing usable is left.
 */
export function cleanFileName(raw: string): string {
  const base = raw.split(/[\\/]/).pop() ?? '';
  const name = base
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is removed
    .replace(/[\u0000-\u001f\u007f"\u202a-\u202e\u2066-\u2069]/g, '')
    .trim()
    .replace(/^\.+/, '');
  if (name.length <= 200) return name;
  const ext = extensionOf(name);
  return `${name.slice(0, 200 - ext.length - 1)}.${ext}`;
}

/** `Content-Disposition` for a download: an ASCII fallback plus the UTF-8 name (RFC 6266/8187). */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\%]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
