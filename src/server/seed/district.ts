// The demo district, as the Measures describe it (SPEC §1; Art.4, 5, 9): the bureaus of the
// consultation mechanism, declaring units of every kind (with a school, a hospital and an SOE
// subsidiary that declare through their sector authority), the implementer, a supervision company
// and a third-party evaluator. Fictional people; real institution types.
import type { OrgKind, OrgRole } from '../../domain/organizations.js';

export interface SeedOrg { code: string; name: string; nameEn: string; roles: OrgRole[]; kind: OrgKind; parent?: string }
export interface SeedUser { username: string; displayName: string; org: string; position: 'clerk' | 'leader'; role: string; note: string }

export const DEMO_ORGS: SeedOrg[] = [
  { code: 'sc-data-bureau', name: '宿城区数据局', nameEn: 'Sucheng District Data Bureau', roles: ['data_bureau'], kind: 'district_dept' },
  { code: 'sc-cyberspace', name: '中共宿城区委网络安全和信息化委员会办公室', nameEn: 'Cyberspace Affairs Office', roles: ['cyberspace'], kind: 'district_dept' },
  { code: 'sc-finance', name: '宿城区财政局', nameEn: 'Finance Bureau', roles: ['finance'], kind: 'district_dept' },
  { code: 'sc-bigdata', name: '宿城区大数据中心', nameEn: 'Big Data Center', roles: ['bigdata_center'], kind: 'public_institution' },
  { code: 'sc-ndrc', name: '宿城区发展和改革局', nameEn: 'Development and Reform Bureau', roles: ['ndrc'], kind: 'district_dept' },
  { code: 'sc-police', name: '宿迁市公安局宿城分局', nameEn: 'Public Security Sub-bureau', roles: ['public_security'], kind: 'district_dept' },
  { code: 'sc-secrecy', name: '宿城区保密局（区密码管理局）', nameEn: 'Secrecy and Cryptography Bureau', roles: ['secrecy_crypto'], kind: 'district_dept' },
  { code: 'sc-audit', name: '宿城区审计局', nameEn: 'Audit Bureau', roles: ['audit'], kind: 'district_dept' },
  { code: 'sc-education', name: '宿城区教育局', nameEn: 'Education Bureau', roles: ['declarant', 'sector_authority'], kind: 'district_dept' },
  { code: 'sc-health', name: '宿城区卫生健康委员会', nameEn: 'Health Commission', roles: ['declarant', 'sector_authority'], kind: 'district_dept' },
  { code: 'sc-market', name: '宿城区市场监督管理局', nameEn: 'Market Regulation Bureau', roles: ['declarant'], kind: 'district_dept' },
  { code: 'sc-civil', name: '宿城区民政局', nameEn: 'Civil Affairs Bureau', roles: ['declarant'], kind: 'district_dept' },
  { code: 'town-caiji', name: '宿城区蔡集镇人民政府', nameEn: 'Caiji Town', roles: ['declarant'], kind: 'town' },
  { code: 'town-longhe', name: '宿城区龙河镇人民政府', nameEn: 'Longhe Town', roles: ['declarant'], kind: 'town' },
  { code: 'street-xiangli', name: '宿城区项里街道办事处', nameEn: 'Xiangli Street Office', roles: ['declarant'], kind: 'street' },
  { code: 'street-gucheng', name: '宿城区古城街道办事处', nameEn: 'Gucheng Street Office', roles: ['declarant'], kind: 'street' },
  { code: 'park-sc-econ', name: '宿城经济开发区管理委员会', nameEn: 'Sucheng Economic Development Zone Committee', roles: ['declarant'], kind: 'park' },
  { code: 'soe-sc-invest', name: '宿城区城市发展投资集团有限公司', nameEn: 'Sucheng Urban Development Investment Group', roles: ['declarant', 'sector_authority'], kind: 'soe' },
  { code: 'soe-sc-water', name: '宿城区城投水务有限公司', nameEn: 'Sucheng Water Co. (subsidiary)', roles: ['declarant'], kind: 'sub_enterprise', parent: 'soe-sc-invest' },
  { code: 'school-sc-exp', name: '宿城区实验小学', nameEn: 'Sucheng Experimental Primary School', roles: ['declarant'], kind: 'school', parent: 'sc-education' },
  { code: 'hospital-sc-people', name: '宿城区人民医院', nameEn: "Sucheng People's Hospital", roles: ['declarant'], kind: 'hospital', parent: 'sc-health' },
  { code: 'zhongwu-bigdata', name: '钟吾大数据集团有限公司', nameEn: 'Zhongwu Big Data Group', roles: ['implementer'], kind: 'soe' },
  { code: 'sup-chengxin', name: '宿迁诚信信息工程监理有限公司', nameEn: 'Chengxin IT Supervision Co.', roles: ['supervisor'], kind: 'company' },
  { code: 'eval-shuzhi', name: '江苏数智绩效评价研究院', nameEn: 'Jiangsu Digital Performance Evaluation Institute', roles: ['evaluator'], kind: 'company' },
];

export const DEMO_USERS: SeedUser[] = [
  { username: 'sysadmin', displayName: '系统管理员', org: 'sc-data-bureau', position: 'clerk', role: 'system_admin', note: '系统管理员：组织机构与账号' },
  { username: 'secadmin', displayName: '安全管理员', org: 'sc-data-bureau', position: 'clerk', role: 'security_admin', note: '安全管理员：角色权限与口令策略' },
  { username: 'auditadmin', displayName: '审计管理员', org: 'sc-data-bureau', position: 'clerk', role: 'audit_admin', note: '审计管理员：审计日志' },
  { username: 'databureau', displayName: '王数据', org: 'sc-data-bureau', position: 'clerk', role: 'data_bureau_officer', note: '区数据局经办人' },
  { username: 'databureau_leader', displayName: '李局长', org: 'sc-data-bureau', position: 'leader', role: 'data_bureau_officer', note: '区数据局分管领导' },
  { username: 'cyberspace', displayName: '赵网信', org: 'sc-cyberspace', position: 'clerk', role: 'reviewer', note: '区委网信办（四方联审）' },
  { username: 'finance', displayName: '钱财政', org: 'sc-finance', position: 'clerk', role: 'finance_officer', note: '区财政局（四方联审、预算审核）' },
  { username: 'bigdata', displayName: '孙中心', org: 'sc-bigdata', position: 'clerk', role: 'reviewer', note: '区大数据中心（四方联审）' },
  { username: 'ndrc', displayName: '周发改', org: 'sc-ndrc', position: 'clerk', role: 'ndrc_officer', note: '区发改局（立项审批）' },
  { username: 'police', displayName: '吴警官', org: 'sc-police', position: 'clerk', role: 'oversight', note: '公安分局（等级保护监管）' },
  { username: 'crypto', displayName: '郑密码', org: 'sc-secrecy', position: 'clerk', role: 'oversight', note: '区保密局、密码管理局' },
  { username: 'auditor', displayName: '冯审计', org: 'sc-audit', position: 'clerk', role: 'auditor', note: '区审计局（只读）' },
  { username: 'edu', displayName: '陈教育', org: 'sc-education', position: 'clerk', role: 'declarant_clerk', note: '区教育局申报经办人' },
  { username: 'edu_leader', displayName: '褚主任', org: 'sc-education', position: 'leader', role: 'sector_reviewer', note: '区教育局（行业主管部门扎口审核）' },
  { username: 'health', displayName: '卫健康', org: 'sc-health', position: 'clerk', role: 'declarant_clerk', note: '区卫健委申报经办人' },
  { username: 'health_leader', displayName: '蒋主任', org: 'sc-health', position: 'leader', role: 'sector_reviewer', note: '区卫健委（行业主管部门扎口审核）' },
  { username: 'market', displayName: '沈市场', org: 'sc-market', position: 'clerk', role: 'declarant_clerk', note: '区市场监管局申报经办人' },
  { username: 'civil', displayName: '韩民政', org: 'sc-civil', position: 'clerk', role: 'declarant_clerk', note: '区民政局申报经办人' },
  { username: 'town', displayName: '杨镇长', org: 'town-caiji', position: 'clerk', role: 'declarant_clerk', note: '蔡集镇申报经办人' },
  { username: 'street', displayName: '朱街道', org: 'street-xiangli', position: 'clerk', role: 'declarant_clerk', note: '项里街道申报经办人' },
  { username: 'park', displayName: '秦园区', org: 'park-sc-econ', position: 'clerk', role: 'declarant_clerk', note: '经开区管委会申报经办人' },
  { username: 'soe', displayName: '尤国企', org: 'soe-sc-invest', position: 'clerk', role: 'declarant_clerk', note: '区属国企申报经办人' },
  { username: 'soe_leader', displayName: '许总', org: 'soe-sc-invest', position: 'leader', role: 'sector_reviewer', note: '区属国企（下属子企业扎口审核）' },
  { username: 'soe_sub', displayName: '何水务', org: 'soe-sc-water', position: 'clerk', role: 'declarant_clerk', note: '国企下属子企业申报经办人' },
  { username: 'school', displayName: '吕老师', org: 'school-sc-exp', position: 'clerk', role: 'declarant_clerk', note: '学校（经区教育局扎口申报）' },
  { username: 'hospital', displayName: '施医生', org: 'hospital-sc-people', position: 'clerk', role: 'declarant_clerk', note: '医院（经区卫健委扎口申报）' },
  { username: 'zhongwu', displayName: '张实施', org: 'zhongwu-bigdata', position: 'clerk', role: 'implementer', note: '钟吾大数据集团（实施单位）' },
  { username: 'supervisor', displayName: '孔监理', org: 'sup-chengxin', position: 'clerk', role: 'supervisor', note: '监理单位' },
  { username: 'evaluator', displayName: '曹评估', org: 'eval-shuzhi', position: 'clerk', role: 'evaluator', note: '第三方评估机构' },
];
