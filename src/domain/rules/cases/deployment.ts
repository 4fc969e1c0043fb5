// R-CLOUD (Art.6, 10(1)4), R-COMMON (Art.6).
import { x, type RuleCase } from './types.js';

export const deploymentCases: RuleCase[] = [
  {
    name: 'no deployment chosen',
    input: { deployment: { mode: null } },
    expect: [x('R-CLOUD', 'block', 'deployment.mode')],
  },
  {
    name: 'an assessed cloud provider with its assessment passes',
    input: {
      deployment: { mode: 'assessed_cloud', provider: '某云计算有限公司', assessmentRef: '云安评〔2024〕015号' },
    },
    expect: [],
  },
  {
    name: 'another cloud without the assessment reference',
    input: { deployment: { mode: 'assessed_cloud', provider: '某云计算有限公司' } },
    expect: [x('R-CLOUD', 'block', 'deployment.assessmentRef')],
  },
  {
    name: 'another cloud with nothing stated',
    input: { deployment: { mode: 'assessed_cloud' } },
    expect: [x('R-CLOUD', 'block', 'deployment.provider'), x('R-CLOUD', 'block', 'deployment.assessmentRef')],
  },
  {
    name: 'exempt with a secrecy basis passes',
    input: { deployment: { mode: 'exempt', exemptBasis: '依据保密要求，系统部署于涉密内网' } },
    expect: [],
  },
  {
    name: 'exempt without a basis',
    input: { deployment: { mode: 'exempt', exemptBasis: ' ' } },
    expect: [x('R-CLOUD', 'block', 'deployment.exemptBasis')],
  },

  {
    name: 'no common platform and no reason warns',
    input: { commonPlatforms: [], commonPlatformsNoneReason: null },
    expect: [x('R-COMMON', 'warn', 'commonPlatforms')],
  },
  {
    name: 'a reason "无" is no reason',
    input: { commonPlatforms: [], commonPlatformsNoneReason: '无' },
    expect: [x('R-COMMON', 'warn')],
  },
  {
    name: 'no platform, with a reason, passes',
    input: { commonPlatforms: [], commonPlatformsNoneReason: '纯硬件采购，不涉及应用系统' },
    expect: [],
  },
  { name: 'reusing 宿心办 passes', input: { commonPlatforms: ['suxinban'] }, expect: [] },
];
