// The home page fits the person (SPEC §1): a declarant sees their unit's projects and to-dos, a
// reviewer what awaits their opinion, the data bureau the whole district, each administrator their
// own area. Lists that are empty say what will appear there.
import { and, count, eq, gt, gte, isNull, sql } from 'drizzle-orm';
import { auditEvents, organizations, sessions, users } from '../../db/schema.js';
import { homeKindFor } from '../../domain/organizations.js';
import { requireUser } from '../auth/guard.js';
import type { ZApp } from '../zapp.js';
import { HomeSchema, type HomeSection, type HomeStat } from './responses.js';

export async function homeRoutes(app: ZApp) {
  const { db } = app.services;

  app.get(
    '/home',
    { schema: { tags: ['home'], summary: '首页（按角色）', response: { 200: HomeSchema } } },
    async (req) => {
      const auth = requireUser(req);
      const kind = homeKindFor(auth.org.roles, auth.adminRole);
      const now = req.now;
      const startOfDay = new Date(now.getTime() - 86_400_000);
      const stats: HomeStat[] = [];
      if (kind === 'system_admin') {
        const [[o], [u], [s]] = await Promise.all([
          db.select({ n: count() }).from(organizations),
          db.select({ n: count() }).from(users),
          db
            .select({ n: count() })
            .from(sessions)
            .where(and(isNull(sessions.revokedAt), gt(sessions.expiresAt, now))),
        ]);
        stats.push(
          { key: 'orgs', label: '组织机构', labelEn: 'Organisations', value: o.n, link: '/admin/organizations' },
          { key: 'users', label: '用户账号', labelEn: 'Accounts', value: u.n, link: '/admin/users' },
          { key: 'sessions', label: '在线会话', labelEn: 'Open sessions', value: s.n },
        );
      } else if (kind === 'security_admin') {
        const [[l], [m]] = await Promise.all([
          db.select({ n: count() }).from(users).where(gt(users.lockedUntil, now)),
          db.select({ n: count() }).from(users).where(eq(users.totpEnabled, false)),
        ]);
        stats.push(
          { key: 'locked', label: '已锁定账号', labelEn: 'Locked accounts', value: l.n, link: '/admin/users?locked=1' },
          {
            key: 'noMfa',
            label: '未绑定双因素认证',
            labelEn: 'Without a second factor',
            value: m.n,
            link: '/admin/users',
          },
        );
      } else if (kind === 'audit_admin') {
        const [[a], [f]] = await Promise.all([
          db.select({ n: count() }).from(auditEvents).where(gte(auditEvents.at, startOfDay)),
          db
            .select({ n: count() })
            .from(auditEvents)
            .where(and(gte(auditEvents.at, startOfDay), sql`${auditEvents.outcome} <> 'success'`)),
        ]);
        stats.push(
          {
            key: 'events24h',
            label: '近24小时审计事件',
            labelEn: 'Audit events, last 24 h',
            value: a.n,
            link: '/admin/audit',
          },
          {
            key: 'failures24h',
            label: '近24小时失败/拒绝',
            labelEn: 'Failures and refusals, last 24 h',
            value: f.n,
            link: '/admin/audit?outcome=failure',
          },
        );
      }
      return { kind, stats, ...HOME_SECTIONS[kind] };
    },
  );
  // 我的消息 (/notifications): src/server/notifications/routes.ts (消息中心, issue 10).
}

type Section = { title: string; titleEn: string; sections: HomeSection[] };
const section = (key: string, title: string, titleEn: string, emptyText: string, emptyTextEn: string): HomeSection => ({
  key,
  title,
  titleEn,
  items: [],
  emptyText,
  emptyTextEn,
});

/** Sections the web fills from /todo, /projects and /statistics; empty ones say what will appear there. */
const HOME_SECTIONS: Record<ReturnType<typeof homeKindFor>, Section> = {
  declarant: {
    title: '本单位工作台',
    titleEn: "My unit's workbench",
    sections: [
      section(
        'todo',
        '待办事项',
        'To-dos',
        '暂无待办。申报、审核申报、终稿修订、签章扫描件、采购与合同等需要本单位办理的事项会出现在这里，并显示期限。',
        'Nothing to do. Declarations, applications, final versions, signed scans, contracts and other work for your unit appear here with their deadlines.',
      ),
      section(
        'projects',
        '本单位项目',
        "My unit's projects",
        '本单位还没有信息化项目。申报的项目及其所处阶段会出现在这里。',
        'No projects yet. Projects your unit declares, with their stage, appear here.',
      ),
    ],
  },
  reviewer: {
    title: '联审工作台',
    titleEn: 'Review workbench',
    sections: [
      section(
        'awaiting',
        '待我出具意见',
        'Awaiting my opinion',
        '暂无待审项目。申报单位提交、需要本单位出具预审或联审意见的项目会出现在这里，并显示已等待时间。',
        'Nothing awaits your opinion. Projects needing your pre-review or joint-review opinion appear here with their waiting time.',
      ),
      section('done', '我已出具意见', 'Opinions given', '还没有出具过意见。', 'No opinions given yet.'),
    ],
  },
  data_bureau: {
    title: '全区信息化项目统筹',
    titleEn: 'District overview',
    sections: [
      section(
        'todo',
        '待办事项',
        'To-dos',
        '暂无待办。待下达计划、待审核批复、待登记的分散建设审批等会出现在这里。',
        'Nothing to do. Plans to issue, forms to approve and decentralised-construction approvals to record appear here.',
      ),
      section(
        'pipeline',
        '各阶段项目',
        'Projects by stage',
        '全区还没有信息化项目。发布年度计划申报通知后，各阶段的项目数与金额会出现在这里。',
        'No projects yet. Once the annual call is open, counts and amounts by stage appear here.',
      ),
      section(
        'overdue',
        '逾期事项',
        'Overdue',
        '暂无逾期事项。超过期限的修订、验收、报告会出现在这里。',
        'Nothing overdue. Late revisions, acceptances and reports appear here.',
      ),
    ],
  },
  ndrc: {
    title: '立项审批',
    titleEn: 'Project approval',
    sections: [
      section(
        'awaiting',
        '待立项审批',
        'Awaiting approval',
        '暂无待审批项目。总投资超过400万元的建设类项目（第十二条）会出现在这里。',
        'Nothing to approve. Build projects over 4 million yuan (Art.12) appear here.',
      ),
    ],
  },
  oversight: {
    title: '监督检查',
    titleEn: 'Oversight',
    sections: [
      section(
        'projects',
        '全区项目',
        'All projects',
        '全区还没有信息化项目。项目及其安全、审计资料会出现在这里。',
        'No projects yet.',
      ),
    ],
  },
  implementer: {
    title: '实施工作台',
    titleEn: 'Implementer workbench',
    sections: [
      section(
        'projects',
        '承建项目',
        'Projects I build',
        '暂无承建项目。中标后签订合同的项目会出现在这里。',
        'No projects yet. Projects you are contracted for appear here.',
      ),
    ],
  },
  supervisor: {
    title: '监理工作台',
    titleEn: 'Supervision workbench',
    sections: [
      section(
        'projects',
        '监理项目',
        'Projects I supervise',
        '暂无监理项目。签订监理合同的项目（第十九条）会出现在这里。',
        'No projects yet.',
      ),
    ],
  },
  evaluator: {
    title: '评估工作台',
    titleEn: 'Evaluation workbench',
    sections: [
      section(
        'projects',
        '评估项目',
        'Projects to evaluate',
        '暂无评估任务。委托的重点项目专项绩效评估（第三十三条）会出现在这里。',
        'No evaluations yet.',
      ),
    ],
  },
  system_admin: { title: '系统管理', titleEn: 'System administration', sections: [] },
  security_admin: { title: '安全管理', titleEn: 'Security administration', sections: [] },
  audit_admin: { title: '安全审计', titleEn: 'Audit administration', sections: [] },
};
