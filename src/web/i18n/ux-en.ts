// English strings of the clerk-facing fixes of issue 13; the type makes the keys match ux-zh.ts.
import type { Resource } from './zh-CN';
import type { uxZh } from './ux-zh';

export const uxEn: Pick<Resource, keyof typeof uxZh> = {
  ux: {
    money: {
      negative: 'An amount cannot be negative',
      format: 'Type an amount in yuan, e.g. 1234.56',
      precision: 'At most two decimals (to the fen)',
      range: 'This amount is too large: check the unit (yuan here)',
    },
    columns: { title: 'Columns shown', button: 'Columns', reset: 'Reset' },
    ruleTip: 'Rule {{rule}}',
    noMatch: 'No project matches. Change the filters or the search words.',
    uploadRefused: 'Not uploaded: {{reason}}',
    home: {
      more: 'See all',
      todoCount: '{{count}} to-dos',
      todoCountOverdue: '{{count}} to-dos, {{overdue}} overdue',
      projectsShown: '{{count}} projects; the most recently updated are shown here',
      revisionOverdue: 'Final version overdue (due {{due}}, Art.14)',
      given: '{{review}} round {{round}} · {{decision}} · now: {{stage}}',
      review: { pre_review: 'Pre-review', joint_review: 'Joint review' },
      openCall: 'Declarations for {{year}} are open: {{title}}',
      deadline: 'Deadline',
      timeLeft: 'Time left',
      newDeclaration: 'New declaration',
    },
    bell: { todo: '{{count}} to-dos', todoOverdue: '{{count}} to-dos ({{overdue}} overdue)', noTodo: 'Nothing to do' },
  },
};
