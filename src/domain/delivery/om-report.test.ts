// endedOmPeriods (Art.33): calendar-year O&M periods from the start of operation, each report due
// one month after its period (edition omReportPeriod), moved to a working day, null past the calendar.
import { describe, expect, it } from 'vitest';
import { createCalendar, defaultCalendar, HOLIDAY_DATA } from '../calendar/index.js';
import { defaultEdition } from '../editions/index.js';
import { endedOmPeriods, OM_REPORT_SECTIONS } from './om-report.js';

const ed = defaultEdition;

describe('endedOmPeriods', () => {
  it('in operation from 2026-05-10, on 2027-01-05: one period, its due date past the shipped calendar', () => {
    expect(endedOmPeriods('2026-05-10', '2027-01-05', ed, defaultCalendar)).toEqual([
      { year: 2026, from: '2026-05-10', to: '2026-12-31', dueDate: null, article: 'Art.33' },
    ]);
  });

  it('with a calendar covering 2027: due 2027-01-31 (a Sunday) → 02-01; on the day itself where it is a 调休 workday', () => {
    const plain = createCalendar({ ...HOLIDAY_DATA, 2027: { holidays: [], workdays: [] } });
    expect(endedOmPeriods('2026-05-10', '2027-01-05', ed, plain)[0].dueDate).toBe('2027-02-01');
    const adjusted = createCalendar({ ...HOLIDAY_DATA, 2027: { holidays: [], workdays: ['2027-01-31'] } });
    expect(endedOmPeriods('2026-05-10', '2027-01-05', ed, adjusted)[0].dueDate).toBe('2027-01-31');
  });

  it('a period has not ended on its last day (12-31); it has on 01-01', () => {
    expect(endedOmPeriods('2026-05-10', '2026-12-31', ed, defaultCalendar)).toEqual([]);
    expect(endedOmPeriods('2026-05-10', '2027-01-01', ed, defaultCalendar)).toHaveLength(1);
  });

  it('lists every ended year, the first from the start of operation, with due dates moved off holidays', () => {
    expect(endedOmPeriods('2024-03-01', '2026-06-01', ed, defaultCalendar)).toEqual([
      // 2025-01-31 is in the Spring Festival holiday (01-28…02-04) → 02-05.
      { year: 2024, from: '2024-03-01', to: '2024-12-31', dueDate: '2025-02-05', article: 'Art.33' },
      // 2026-01-31 is a Saturday → Monday 02-02.
      { year: 2025, from: '2025-01-01', to: '2025-12-31', dueDate: '2026-02-02', article: 'Art.33' },
    ]);
  });

  it('gives no due dates without a calendar, and no periods before operation starts', () => {
    expect(endedOmPeriods('2024-03-01', '2026-06-01', ed, null).map((p) => p.dueDate)).toEqual([null, null]);
    expect(endedOmPeriods('2026-05-10', '2026-01-05', ed, defaultCalendar)).toEqual([]);
  });
});

describe('OM_REPORT_SECTIONS', () => {
  it('are the five contents Art.33 names, in its order', () => {
    expect(OM_REPORT_SECTIONS.map((s) => s.zh)).toEqual(['系统运行', '安全管理', '用户使用', '经费支付', '运营成效']);
  });
});
