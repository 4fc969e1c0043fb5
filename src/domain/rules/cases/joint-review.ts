// R-RECOVERY (Art.13): recovery = max(0, budget − control price), recorded when finance enters the
// reviewed tender control price. Always one info finding; the message says what is recovered.
import { wan } from '../../money.js';
import { x, type StageCase } from './types.js';

const STAGE = 'control_price' as const;
const REC = x('R-RECOVERY', 'info', 'controlPriceFen');
const NOTHING = '预算未超过招标控制价，无需收回';

export const jointReviewCases: StageCase<'control_price'>[] = [
  {
    stage: STAGE,
    name: '300万 budget, 280万 control price: 20万 recovered',
    input: {},
    expect: [REC],
    says: [
      '预算3,000,000.00元，审核确定的招标控制价2,800,000.00元，预算超过招标控制价部分200,000.00元由区财政予以收回',
    ],
  },
  {
    stage: STAGE,
    name: 'control price one fen below the budget: one fen recovered',
    input: { budgetFen: wan(300), controlPriceFen: wan(300) - 1 },
    expect: [REC],
    says: ['预算超过招标控制价部分0.01元由区财政予以收回'],
    saysNot: [NOTHING],
  },
  {
    stage: STAGE,
    name: 'control price equal to the budget: nothing recovered',
    input: { budgetFen: wan(300), controlPriceFen: wan(300) },
    expect: [REC],
    says: [NOTHING],
  },
  {
    stage: STAGE,
    name: 'control price one fen above the budget: nothing recovered',
    input: { budgetFen: wan(300), controlPriceFen: wan(300) + 1 },
    expect: [REC],
    says: [NOTHING],
    saysNot: ['由区财政予以收回'],
  },
  { stage: STAGE, name: 'a recovery never blocks', input: { controlPriceFen: 0 }, expect: 'none-blocking' },
];
