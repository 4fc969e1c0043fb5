// R-SCOPE-HW (Art.2, 以上 inclusive), R-FORBIDDEN (Art.10(1)4), R-ONE-SYSTEM (Art.10(1)4, 3).
import { defaultEdition } from '../../editions/index.js';
import { wan, yuan } from '../../money.js';
import { budgetOf, editionWith, hardwareOf } from './baseline.js';
import { x, type RuleCase } from './types.js';

export const scopeCases: RuleCase[] = [
  {
    name: 'hardware at exactly 500,000.00 元 is in scope (以上 includes the line)',
    input: hardwareOf(50_000_000),
    expect: [],
  },
  {
    name: 'hardware at 499,999.99 元 is outside the Measures',
    input: hardwareOf(49_999_999),
    expect: [x('R-SCOPE-HW', 'warn', 'totalFen')],
  },
  { name: 'hardware at 500,000.01 元 is in scope', input: hardwareOf(50_000_001), expect: [] },
  {
    name: 'hardware of 499,999.99 元 from literal yuan()',
    input: hardwareOf(yuan(499_999.99)),
    expect: [x('R-SCOPE-HW', 'warn')],
  },
  { name: 'hardware of 1 fen is outside', input: hardwareOf(1), expect: [x('R-SCOPE-HW', 'warn')] },
  { name: 'a business system below 50万 is not a hardware-only purchase', input: budgetOf(49_999_999), expect: [] },
  {
    name: 'infrastructure below 50万 is in scope',
    input: { ...budgetOf(49_999_999), category: 'infrastructure' },
    expect: [],
  },
  {
    name: 'an edition that says 超过 instead of 以上 moves the boundary (parameters decide)',
    edition: editionWith(defaultEdition, {
      hardwareScopeLine: { ...defaultEdition.params.hardwareScopeLine, word: '超过' },
    }),
    input: hardwareOf(wan(50)),
    expect: [x('R-SCOPE-HW', 'warn')],
  },

  {
    name: 'buying a video-conference system is forbidden',
    input: { declaredItems: ['video_conference'] },
    expect: [x('R-FORBIDDEN', 'block', 'declaredItems.video_conference')],
  },
  {
    name: 'server room and mobile app: one finding each',
    input: { declaredItems: ['server_room', 'mobile_app'] },
    expect: [
      x('R-FORBIDDEN', 'block', 'declaredItems.server_room'),
      x('R-FORBIDDEN', 'block', 'declaredItems.mobile_app'),
    ],
  },
  {
    name: 'a repeated forbidden item is reported once',
    input: { declaredItems: ['mobile_app', 'mobile_app'] },
    expect: [x('R-FORBIDDEN', 'block')],
  },
  {
    name: 'items not on the forbidden list pass',
    input: { declaredItems: ['sensors', 'servers_on_gov_cloud'] },
    expect: [],
  },

  {
    name: 'a second build project of the same org in the year warns',
    input: { sameOrgBuildProjectsThisYear: 1 },
    expect: [x('R-ONE-SYSTEM', 'warn', 'kind')],
  },
  {
    name: 'a third build project also warns (once)',
    input: { sameOrgBuildProjectsThisYear: 2 },
    expect: [x('R-ONE-SYSTEM', 'warn')],
  },
  {
    name: 'an O&M project next to a build project is fine',
    input: { kind: 'operate', sameOrgBuildProjectsThisYear: 1 },
    expect: [],
  },
  {
    name: 'a purchase-of-services project next to a build project is fine',
    input: { kind: 'service', sameOrgBuildProjectsThisYear: 3 },
    expect: [],
  },
];
