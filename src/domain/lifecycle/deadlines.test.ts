import { describe, expect, it } from 'vitest';
import { DEADLINE_KINDS, reminderFor, reminderTitle } from './deadlines.js';

describe('deadline reminders (SPEC §5: reminded before and after)', () => {
  const due = new Date('2026-12-31T15:59:59.999Z');
  const ahead = (ms: number) => new Date(due.getTime() - ms);
  it('says nothing before the last stretch, due soon in it (inclusive), overdue after', () => {
    const soon = DEADLINE_KINDS.self_evaluation.dueSoonMs;
    expect(reminderFor('self_evaluation', due, ahead(soon + 1))).toBeNull();
    expect(reminderFor('self_evaluation', due, ahead(soon))).toBe('due_soon');
    expect(reminderFor('self_evaluation', due, due)).toBe('due_soon');
    expect(reminderFor('self_evaluation', due, new Date(due.getTime() + 1))).toBe('overdue');
  });
  it('names what and which, so a year is reminded once', () => {
    expect(reminderTitle('self_evaluation', 'due_soon', '2026年度')).toBe('提醒：2026年度自评价报告即将到期');
    expect(reminderTitle('self_evaluation', 'due_soon', '2027年度')).not.toBe(
      reminderTitle('self_evaluation', 'due_soon', '2026年度'),
    );
    expect(reminderTitle('final_version', 'overdue')).toBe('提醒：方案终稿已逾期');
  });
});
