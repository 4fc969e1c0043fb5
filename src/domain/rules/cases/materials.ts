// R-MATERIALS (Art.10(1)), R-PLAN-CONTENT (Art.10(1)1), R-CHAPTERS (Art.10(1)5).
import { baselineDeclaration as base } from './baseline.js';
import { x, type RuleCase } from './types.js';

const without = (list: string[], ...codes: string[]) => list.filter((c) => !codes.includes(c));
const CONTENTS = without(base.planChapters, 'data_sharing_analysis', 'network_security_analysis');

export const materialsCases: RuleCase[] = [
  {
    name: 'nothing attached: four missing materials',
    input: { materials: [] },
    expect: [
      x('R-MATERIALS', 'block', 'materials.declaration_form'),
      x('R-MATERIALS', 'block', 'materials.construction_plan'),
      x('R-MATERIALS', 'block', 'materials.basis_documents'),
      x('R-MATERIALS', 'block', 'materials.collective_decision'),
    ],
  },
  {
    name: 'the collective decision is missing',
    input: { materials: without(base.materials, 'collective_decision') },
    expect: [x('R-MATERIALS', 'block', 'materials.collective_decision')],
  },
  { name: 'extra documents do no harm', input: { materials: [...base.materials, 'feasibility_study'] }, expect: [] },

  {
    name: 'the plan lacks compute needs',
    input: { planChapters: without(base.planChapters, 'compute_needs') },
    expect: [x('R-PLAN-CONTENT', 'warn', 'planChapters.compute_needs')],
  },
  {
    name: 'an empty plan: twelve contents and both chapters',
    input: { planChapters: [] },
    expect: [
      ...CONTENTS.map((c) => x('R-PLAN-CONTENT', 'warn', `planChapters.${c}`)),
      x('R-CHAPTERS', 'block', 'planChapters.data_sharing_analysis'),
      x('R-CHAPTERS', 'block', 'planChapters.network_security_analysis'),
    ],
  },
  {
    name: 'no independent data sharing chapter',
    input: { planChapters: without(base.planChapters, 'data_sharing_analysis') },
    expect: [x('R-CHAPTERS', 'block', 'planChapters.data_sharing_analysis')],
  },
  {
    name: 'no independent network security chapter',
    input: { planChapters: without(base.planChapters, 'network_security_analysis') },
    expect: [x('R-CHAPTERS', 'block', 'planChapters.network_security_analysis')],
  },
  { name: 'an empty sharing list', input: { sharingList: [] }, expect: [x('R-CHAPTERS', 'block', 'sharingList')] },
  {
    name: 'a sharing line without interface and frequency',
    input: {
      sharingList: [...base.sharingList, { item: '许可证照', direction: 'open', interface: '', frequency: ' ' }],
    },
    expect: [
      x('R-CHAPTERS', 'block', 'sharingList[1].interface'),
      x('R-CHAPTERS', 'block', 'sharingList[1].frequency'),
    ],
  },
  {
    name: 'a sharing line without the item',
    input: { sharingList: [{ item: '', direction: 'consume', interface: '共享交换平台', frequency: '实时' }] },
    expect: [x('R-CHAPTERS', 'block', 'sharingList[0].item')],
  },
];
