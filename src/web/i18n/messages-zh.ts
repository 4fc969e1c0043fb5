// Chinese strings of the message centre (消息中心, issue 10). messages-en.ts has the same keys.
export const messagesZh = {
  messageCentre: {
    menu: '消息中心',
    title: '消息中心',
    intro:
      '待办、截止期限提醒与项目进展。事项办结后，对应的待办和提醒自动标记为“已办结”，不再计入未读；期限提醒在到期前和逾期后各发送一次，配置了邮件服务时同时发送邮件。',
    all: '全部',
    unread: '未读',
    todo: '待办',
    reminder: '提醒',
    readAll: '全部已读',
    readAllDone: '已将 {{count}} 条消息标为已读',
    open: '查看',
    resolved: '已办结',
    read: '已读',
    unreadTag: '未读',
    category: { todo: '待办', reminder: '提醒', notice: '通知' },
    columnTitle: '消息',
    columnTime: '时间',
    columnState: '状态',
    viewAll: '查看全部消息',
    total: '共 {{count}} 条',
  },
};
