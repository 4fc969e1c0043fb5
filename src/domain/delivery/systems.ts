// The systems register (信息系统台账, Art.2, 6, 7, 30, 32): the systems projects build, upgrade and
// maintain; monitoring, O&M reports and exit act on systems, not projects.
import type { Stage } from '../lifecycle/stages.js';

export const SYSTEM_STATUSES = {
  building: { zh: '建设中', en: 'Being built', article: 'Art.15–23' },
  trial: { zh: '试运行', en: 'Trial operation', article: 'Art.25' },
  operating: { zh: '运行中', en: 'Operating', article: 'Art.29, 32' },
  eliminated: { zh: '已淘汰', en: 'Eliminated', article: 'Art.32' },
  exiting: { zh: '退出中', en: 'Exiting', article: 'Art.30' },
  exited: { zh: '已退出', en: 'Exited', article: 'Art.30' },
} as const;
export type SystemStatus = keyof typeof SYSTEM_STATUSES;
export const SYSTEM_STATUS_CODES = Object.keys(SYSTEM_STATUSES) as [SystemStatus, ...SystemStatus[]];

/** How a project relates to a system: builds it, upgrades or continues it (续建), maintains it (运维). */
export const SYSTEM_RELATIONS = {
  build: { zh: '新建', en: 'Builds' },
  upgrade: { zh: '升级改造/续建', en: 'Upgrades or continues' },
  maintain: { zh: '运维', en: 'Maintains' },
} as const;
export type SystemRelation = keyof typeof SYSTEM_RELATIONS;
export const SYSTEM_RELATION_CODES = Object.keys(SYSTEM_RELATIONS) as [SystemRelation, ...SystemRelation[]];

/** The four steps of an exit (Art.30 "数据移交、系统停用、云资源回收、备案注销"), each with its evidence. */
export const EXIT_STEPS = {
  data_handover: { zh: '数据移交', en: 'Data handed over' },
  shutdown: { zh: '系统停用', en: 'System shut down' },
  cloud_reclaim: { zh: '云资源回收', en: 'Cloud resources reclaimed' },
  record_cancellation: { zh: '备案注销', en: 'Record cancelled' },
} as const;
export type ExitStep = keyof typeof EXIT_STEPS;
export const EXIT_STEP_CODES = Object.keys(EXIT_STEPS) as [ExitStep, ...ExitStep[]];

/** Dated security records of a system (Art.20, 21): 等保 filing and testing, 密评. */
export const SECURITY_RECORD_KINDS = {
  mlps_filing: { zh: '等级保护备案', en: 'MLPS filing', article: 'Art.20' },
  mlps_test: { zh: '等级保护测评', en: 'MLPS test', article: 'Art.20' },
  crypto_assessment: { zh: '密码应用安全性评估', en: 'Crypto assessment (密评)', article: 'Art.21' },
  risk_assessment: { zh: '网络安全检测与风险评估', en: 'Security test and risk assessment', article: 'Art.20' },
} as const;
export type SecurityRecordKind = keyof typeof SECURITY_RECORD_KINDS;
export const SECURITY_RECORD_CODES = Object.keys(SECURITY_RECORD_KINDS) as [
  SecurityRecordKind,
  ...SecurityRecordKind[],
];

/** What a system is while the project that builds it is at a stage (the register follows the project). */
export function systemStatusForStage(stage: Stage): SystemStatus | null {
  switch (stage) {
    case 'contracted':
    case 'construction':
      return 'building';
    case 'trial':
    case 'acceptance_review':
    case 'acceptance_ready':
    case 'accepted':
    case 'handover':
      return 'trial';
    case 'operation':
      return 'operating';
    default:
      return null;
  }
}
