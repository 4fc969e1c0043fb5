// Sector authority forwarding (扎口管理, Art.9).
import { finding } from './cite.js';
import type { Rule } from './types.js';

/**
 * Art.9: "区属学校、医院等公共事业单位的信息化项目，由行业主管部门扎口管理，审核把关后统一申报。区属国有企业
 * 参照并加强下属子企业信息化项目扎口管理。" Whether an organisation needs it comes from its kind
 * (see needsSectorAuthority in ../organizations.ts); the use case sets declaringOrg accordingly.
 */
export const ruleRoute: Rule<'declare'> = {
  id: 'R-ROUTE',
  article: 'Art.9',
  stage: 'declare',
  severity: 'block',
  effects: ['block'],
  title: '学校、医院、国企下属子企业的项目由行业主管部门扎口管理、审核把关后统一申报',
  titleEn: 'Schools, hospitals and SOE subsidiaries declare through their sector authority',
  params: () => ({}),
  check(input) {
    const org = input.declaringOrg;
    if (!org.needsSectorAuthority || org.forwardedBySectorAuthority) return [];
    return [
      finding(
        ruleRoute,
        'block',
        '本单位的信息化项目由行业主管部门（或上级国有企业）扎口管理，须经其审核把关后统一申报',
        "This organisation's projects are declared through its sector authority (or parent SOE) after its review",
        'declaringOrg.forwardedBySectorAuthority',
      ),
    ];
  },
};
