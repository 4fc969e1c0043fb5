// The baselines themselves, and declarations that break several rules at once.
import { hardwareOf } from './baseline.js';
import { x, type RuleCase } from './types.js';

export const baselineCases: RuleCase[] = [
  { name: 'the baseline declaration produces no finding at all', input: {}, expect: [] },
  { name: 'the baseline declaration is none-blocking', input: {}, expect: 'none-blocking' },
  {
    name: 'a small hardware purchase, late, on no cloud, with a forbidden item',
    input: {
      ...hardwareOf(10_000_000),
      submittedAt: new Date('2025-11-01T09:00:00+08:00'),
      deployment: { mode: null },
      declaredItems: ['video_conference'],
    },
    expect: [x('R-SCOPE-HW', 'warn'), x('R-CLOUD', 'block'), x('R-DEADLINE', 'block'), x('R-FORBIDDEN', 'block')],
  },
  {
    name: 'an O&M project of a classified system, no platforms, second in the year',
    input: {
      kind: 'operate',
      classified: true,
      classifiedSplitStatement: null,
      commonPlatforms: [],
      sameOrgBuildProjectsThisYear: 1,
    },
    expect: [x('R-COMMON', 'warn'), x('R-CLASSIFIED', 'info'), x('R-CLASSIFIED', 'warn')],
  },
];
