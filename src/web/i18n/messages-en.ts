// English strings of the message centre (issue 10). messages-zh.ts has the same keys.
export const messagesEn = {
  messageCentre: {
    menu: 'Messages',
    title: 'Message centre',
    intro:
      'To-dos, deadline reminders and project news. Once a step is done, its to-dos and reminders are marked "done" and no longer count as unread; a deadline is reminded once before it is due and once overdue, also by e-mail when mail is configured.',
    all: 'All',
    unread: 'Unread',
    todo: 'To-dos',
    reminder: 'Reminders',
    readAll: 'Mark all read',
    readAllDone: '{{count}} messages marked read',
    open: 'Open',
    resolved: 'Done',
    read: 'Read',
    unreadTag: 'Unread',
    category: { todo: 'To-do', reminder: 'Reminder', notice: 'Notice' },
    columnTitle: 'Message',
    columnTime: 'Time',
    columnState: 'State',
    viewAll: 'All messages',
    total: '{{count}} in all',
  },
};
