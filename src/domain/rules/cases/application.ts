// Project application (Art.11, 12): R-MATERIALS (Art.11 documents), R-NDRC (documents where it
// applies), R-NDRC-SIMPLE (the chosen path). The route comes from approvalRoute(), so the lines are
// crossed through it: 400万 (超过) for R-NDRC, 800万 (以下) for the merge path.
import { wan } from '../../money.js';
import { routeOf } from './baseline.js';
import { x, type StageCase } from './types.js';

type C = StageCase<'application'>;
const STAGE = 'application' as const;

const ART11 = ['declaration_form', 'construction_plan'];
const NDRC_ALL = ['declaration_form', 'proposal', 'feasibility_study', 'preliminary_design'];
const MERGED = ['declaration_form', 'combined_filing'];

const MATERIALS = x('R-MATERIALS', 'block', 'documents', 'DOCUMENTS_MISSING');
const NDRC = x('R-NDRC', 'block', 'documents', 'DOCUMENTS_MISSING');
const SIMPLE_INFO = x('R-NDRC-SIMPLE', 'info', 'path');
const NOT_OFFERED = x('R-NDRC-SIMPLE', 'block', 'path', 'PATH_NOT_OFFERED');

export const applicationCases: C[] = [
  { stage: STAGE, name: '300万 with 申报表 and 建设方案: complete', input: {}, expect: [] },

  // R-NDRC via the route: 超过400万 (the line itself is not over).
  {
    stage: STAGE,
    name: '400万 − 1 fen: Art.11 documents are enough',
    input: { route: routeOf(wan(400) - 1), uploadedTypes: ART11 },
    expect: [],
  },
  {
    stage: STAGE,
    name: '400万 exactly is not 超过: Art.11 documents are enough',
    input: { route: routeOf(wan(400)), uploadedTypes: ART11 },
    expect: [],
  },
  {
    stage: STAGE,
    name: '400万 + 1 fen: R-NDRC needs 项目建议书 and 初步设计方案 too',
    input: { route: routeOf(wan(400) + 1), uploadedTypes: ['declaration_form', 'feasibility_study'] },
    expect: [NDRC],
    says: ['项目审核申报材料不全，缺少：项目建议书、初步设计方案（第十二条）'],
  },
  {
    stage: STAGE,
    name: '400万 + 1 fen with the four Art.12 documents: complete',
    input: { route: routeOf(wan(400) + 1), uploadedTypes: NDRC_ALL },
    expect: [],
  },
  {
    stage: STAGE,
    name: '400万 + 1 fen: 建设方案 does not replace 可研 under Art.12',
    input: { route: routeOf(wan(400) + 1), uploadedTypes: [...ART11, 'proposal', 'preliminary_design'] },
    expect: [NDRC],
    says: ['缺少：可行性研究报告（第十二条）'],
  },
  {
    stage: STAGE,
    name: 'nothing uploaded under Art.11: one finding lists both',
    input: { uploadedTypes: [] },
    expect: [MATERIALS],
    says: ['项目审核申报材料不全，缺少：项目申报表、可行性研究报告或建设方案（第十一条）'],
  },
  {
    stage: STAGE,
    name: 'Art.11: 可研 instead of 建设方案 also does',
    input: { uploadedTypes: ['declaration_form', 'feasibility_study'] },
    expect: [],
  },
  {
    stage: STAGE,
    name: 'SOE money only, 900万: Art.11 (R-MATERIALS), not R-NDRC',
    input: {
      route: routeOf(wan(900), { fundingSources: [{ source: 'soe', amountFen: wan(900) }] }),
      uploadedTypes: ['construction_plan'],
    },
    expect: [MATERIALS],
    says: ['缺少：项目申报表（第十一条）'],
  },

  // R-NDRC-SIMPLE merge path: 800万以下 (the line itself counts).
  {
    stage: STAGE,
    name: 'merge at 800万 − 1 fen: offered, recorded',
    input: { route: routeOf(wan(800) - 1), path: 'merge', uploadedTypes: MERGED },
    expect: [SIMPLE_INFO],
    says: ['按简化立项审批程序申报：总投资7,999,999.99元，属800万元以下（“以下”含本数），可以视情合并编报'],
  },
  {
    stage: STAGE,
    name: 'merge at 800万 exactly: offered (以下 includes the line)',
    input: { route: routeOf(wan(800)), path: 'merge', uploadedTypes: MERGED },
    expect: [SIMPLE_INFO],
    says: ['总投资8,000,000.00元，属800万元以下', '（第十二条第（三）项）'],
  },
  {
    stage: STAGE,
    name: 'merge at 800万 + 1 fen: not offered',
    input: { route: routeOf(wan(800) + 1), path: 'merge', uploadedTypes: MERGED },
    expect: [NOT_OFFERED],
    says: ['所选简化程序不适用于本项目（第十二条）'],
  },
  {
    stage: STAGE,
    name: 'a path not offered is refused before its documents are counted',
    input: { route: routeOf(wan(800) + 1), path: 'merge', uploadedTypes: [] },
    expect: [NOT_OFFERED],
  },
  {
    stage: STAGE,
    name: 'merge at 800万 without the combined filing',
    input: { route: routeOf(wan(800)), path: 'merge', uploadedTypes: ['declaration_form'] },
    expect: [NDRC, SIMPLE_INFO],
    says: ['缺少：合并编报材料（项目建议书、可行性研究报告、初步设计方案和投资概算）（第十二条）'],
  },
  {
    stage: STAGE,
    name: 'no simplified path where R-NDRC does not apply (400万)',
    input: { route: routeOf(wan(400)), path: 'merge', uploadedTypes: MERGED },
    expect: [NOT_OFFERED],
  },

  // Art.12(1), (2): stated facts.
  {
    stage: STAGE,
    name: 'in a plan: start from 可研, no 项目建议书',
    input: {
      route: routeOf(wan(900), { inPlan: true }),
      path: 'in_plan',
      uploadedTypes: ['declaration_form', 'feasibility_study', 'preliminary_design'],
    },
    expect: [SIMPLE_INFO],
    says: ['可以直接编报可行性研究报告（免编项目建议书）（第十二条第（一）项）'],
  },
  {
    stage: STAGE,
    name: 'the in-plan path without being in a plan',
    input: { route: routeOf(wan(900)), path: 'in_plan', uploadedTypes: NDRC_ALL },
    expect: [NOT_OFFERED],
  },
  {
    stage: STAGE,
    name: 'urgent path without the 投资概算',
    input: {
      route: routeOf(wan(900), { urgentMandate: true }),
      path: 'urgent',
      uploadedTypes: ['declaration_form', 'feasibility_study', 'preliminary_design'],
    },
    expect: [NDRC, SIMPLE_INFO],
    says: ['缺少：投资概算（第十二条）', '（第十二条第（二）项）'],
  },
  {
    stage: STAGE,
    name: 'the standard path stays open where simplified ones are offered',
    input: { route: routeOf(wan(600), { inPlan: true, urgentMandate: true }), uploadedTypes: NDRC_ALL },
    expect: [],
  },
  {
    stage: STAGE,
    name: 'a complete merge at 500万 is none-blocking',
    input: { route: routeOf(wan(500)), path: 'merge', uploadedTypes: MERGED },
    expect: 'none-blocking',
  },
];
