// R-CLASSIFIED (Art.10(1)6), R-SECURE (Art.10(1)7–8, 20, 21).
import { x, type RuleCase } from './types.js';

export const securityCases: RuleCase[] = [
  {
    name: 'a classified project with its split statement gets the reminder only',
    input: { classified: true, classifiedSplitStatement: '涉密部分线下建设，平台仅申报非涉密的门户部分' },
    expect: [x('R-CLASSIFIED', 'info', 'classified')],
  },
  {
    name: 'a classified project without a split statement warns',
    input: { classified: true, classifiedSplitStatement: null },
    expect: [x('R-CLASSIFIED', 'info', 'classified'), x('R-CLASSIFIED', 'warn', 'classifiedSplitStatement')],
  },
  {
    name: 'a non-classified project needs no split statement',
    input: { classified: false, classifiedSplitStatement: null },
    expect: [],
  },

  { name: 'no MLPS level', input: { mlpsLevel: null }, expect: [x('R-SECURE', 'warn', 'mlpsLevel')] },
  { name: 'MLPS level 0 is not a level', input: { mlpsLevel: 0 }, expect: [x('R-SECURE', 'warn', 'mlpsLevel')] },
  { name: 'MLPS level 6 is not a level', input: { mlpsLevel: 6 }, expect: [x('R-SECURE', 'warn', 'mlpsLevel')] },
  { name: 'MLPS level 1 is a level', input: { mlpsLevel: 1 }, expect: [] },
  { name: 'MLPS level 5 is a level', input: { mlpsLevel: 5 }, expect: [] },
  { name: 'no crypto plan', input: { cryptoPlan: '' }, expect: [x('R-SECURE', 'warn', 'cryptoPlan')] },
  {
    name: 'nothing on security at all: three warnings, none blocking',
    input: { mlpsLevel: null, cryptoPlan: null, secureReliableStatement: null },
    expect: [
      x('R-SECURE', 'warn', 'mlpsLevel'),
      x('R-SECURE', 'warn', 'cryptoPlan'),
      x('R-SECURE', 'warn', 'secureReliableStatement'),
    ],
  },
  {
    name: 'missing security statements never block',
    input: { mlpsLevel: null, cryptoPlan: null, secureReliableStatement: '无' },
    expect: 'none-blocking',
  },
];
