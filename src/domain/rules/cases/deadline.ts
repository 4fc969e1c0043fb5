// R-DEADLINE (Art.8): the 2026 call closes 2025-10-15 23:59:59 Asia/Shanghai (= 15:59:59 UTC).
import { x, type RuleCase } from './types.js';

const at = (iso: string) => new Date(iso);
const URGENT = { level: 'provincial' as const, text: '省数据局《关于加快推进……的通知》要求2025年内建成' };

export const deadlineCases: RuleCase[] = [
  {
    name: '23:59:59 Shanghai on 10-15 is in time',
    input: { submittedAt: at('2025-10-15T23:59:59+08:00') },
    expect: [],
  },
  {
    name: '23:59:59.999 Shanghai on 10-15 is in time',
    input: { submittedAt: at('2025-10-15T23:59:59.999+08:00') },
    expect: [],
  },
  {
    name: '00:00:00 Shanghai on 10-16 is late',
    input: { submittedAt: at('2025-10-16T00:00:00+08:00') },
    expect: [x('R-DEADLINE', 'block', 'submittedAt')],
  },
  {
    name: 'the same boundary in UTC: 15:59:59.999Z is in time',
    input: { submittedAt: at('2025-10-15T15:59:59.999Z') },
    expect: [],
  },
  {
    name: 'the same boundary in UTC: 16:00:00Z is late',
    input: { submittedAt: at('2025-10-15T16:00:00Z') },
    expect: [x('R-DEADLINE', 'block')],
  },
  {
    name: '10-15 20:00 UTC is already 10-16 in Shanghai: late',
    input: { submittedAt: at('2025-10-15T20:00:00Z') },
    expect: [x('R-DEADLINE', 'block')],
  },
  {
    name: 'late with a stated provincial requirement: warned, not blocked',
    input: { submittedAt: at('2025-10-16T00:00:00+08:00'), urgentBasis: URGENT },
    expect: [x('R-DEADLINE', 'warn', 'urgentBasis')],
  },
  {
    name: 'late and urgent is none-blocking',
    input: { submittedAt: at('2026-03-01T09:00:00+08:00'), urgentBasis: { level: 'national', text: '国务院部署任务' } },
    expect: 'none-blocking',
  },
  {
    name: 'late with an empty urgent text is still late',
    input: { submittedAt: at('2025-10-16T00:00:00+08:00'), urgentBasis: { level: 'district', text: '  ' } },
    expect: [x('R-DEADLINE', 'block')],
  },
  { name: 'in time with an urgent basis: nothing to say', input: { urgentBasis: URGENT }, expect: [] },
  {
    name: 'a call that sets a later deadline accepts 10-20',
    input: { callDeadline: at('2025-10-31T23:59:59.999+08:00'), submittedAt: at('2025-10-20T10:00:00+08:00') },
    expect: [],
  },
  {
    name: 'a call deadline is inclusive of its instant',
    input: { callDeadline: at('2025-09-30T17:00:00+08:00'), submittedAt: at('2025-09-30T17:00:00+08:00') },
    expect: [],
  },
  {
    name: 'a call that sets an earlier deadline refuses 10-10',
    input: { callDeadline: at('2025-09-30T23:59:59.999+08:00') },
    expect: [x('R-DEADLINE', 'block')],
  },
  {
    name: 'the 2027 call: 2025-10-16 is early enough',
    input: { planYear: 2027, submittedAt: at('2025-10-16T00:00:00+08:00') },
    expect: [],
  },
];
