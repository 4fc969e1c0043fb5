// The left menu and the breadcrumb, built from the person's permissions: each administrator sees
// only their own area (三权分立); business users see only what exists for them. A page where one
// action of the transition table is taken (下达计划) is named by that action's label.
import {
  AuditOutlined,
  BankOutlined,
  BarChartOutlined,
  DashboardOutlined,
  SafetyOutlined,
  BookOutlined,
  CheckSquareOutlined,
  ClusterOutlined,
  CloudUploadOutlined,
  DeploymentUnitOutlined,
  FileAddOutlined,
  FileTextOutlined,
  FundProjectionScreenOutlined,
  HomeOutlined,
  LockOutlined,
  NotificationOutlined,
  ProjectOutlined,
  SafetyCertificateOutlined,
  SendOutlined,
  SettingOutlined,
  SolutionOutlined,
  StopOutlined,
  TableOutlined,
  TeamOutlined,
  UserOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { TFunction } from 'i18next';
import type { ProjectAction } from '../../domain/lifecycle/transitions';
import { actionLabel } from '../i18n/labels';

/** An i18n key, or the action whose one label (TRANSITIONS) names the page. */
export type NavLabel = string | { action: ProjectAction };

export function navLabel(label: NavLabel, t: TFunction, lang: string): string {
  return typeof label === 'string' ? t(label) : actionLabel(label.action, lang);
}

export interface NavLeaf {
  path: string;
  label: NavLabel;
  icon: ReactNode;
  anyOf?: string[];
}
export interface NavGroup {
  key: string;
  label: string;
  icon: ReactNode;
  children: NavLeaf[];
}
export type NavEntry = NavLeaf | NavGroup;

const PROJECT_READERS = ['project.declare', 'project.view_own', 'project.view_all', 'project.forward', 'call.manage'];
/** The register answers each person only the systems they may see (the owner's, the contracted units', all for the district). */
const SYSTEM_READERS = ['project.view_all', 'project.view_own', 'project.declare', 'system.manage'];

const NAV: NavEntry[] = [
  { path: '/', label: 'menu.home', icon: <HomeOutlined /> },
  {
    key: 'annualPlan',
    label: 'menu.annualPlan',
    icon: <ProjectOutlined />,
    children: [
      { path: '/calls', label: 'menu.calls', icon: <NotificationOutlined />, anyOf: PROJECT_READERS },
      // A declaring unit sees “项目申报”; everyone else who reads projects sees “项目列表”.
      { path: '/projects', label: 'menu.declare', icon: <FileAddOutlined />, anyOf: ['project.declare'] },
      { path: '/projects', label: 'menu.projects', icon: <FileTextOutlined />, anyOf: PROJECT_READERS },
      { path: '/reviews', label: 'menu.reviews', icon: <CheckSquareOutlined />, anyOf: ['review.opinion'] },
      { path: '/plan', label: { action: 'issue_plan' }, icon: <SendOutlined />, anyOf: ['plan.issue'] },
      { path: '/annual-list', label: 'menu.annualList', icon: <TableOutlined />, anyOf: PROJECT_READERS },
    ],
  },
  {
    key: 'approvalGroup',
    label: 'menu.approvalGroup',
    icon: <AuditOutlined />,
    children: [{ path: '/verify', label: 'menu.verify', icon: <SafetyOutlined />, anyOf: PROJECT_READERS }],
  },
  {
    key: 'operationGroup',
    label: 'menu.operationGroup',
    icon: <DeploymentUnitOutlined />,
    children: [
      { path: '/systems', label: 'menu.systems', icon: <ClusterOutlined />, anyOf: SYSTEM_READERS },
      // 抽查复核 and 第三方评估 (Art.33): the data bureau; the evaluator sees its own assignments.
      {
        path: '/oversight/spot-checks',
        label: 'oversight.menuSpotCheck',
        icon: <SafetyOutlined />,
        anyOf: ['plan.issue'],
      },
      {
        path: '/oversight/assignments',
        label: 'oversight.menuAssignments',
        icon: <AuditOutlined />,
        anyOf: ['plan.issue', 'project.evaluate'],
      },
      // Art.32: the big data center reports each month; the data bureau decides the elimination list.
      {
        path: '/monitoring/import',
        label: 'monitoring.menuImport',
        icon: <CloudUploadOutlined />,
        anyOf: ['monitoring.submit'],
      },
      {
        path: '/monitoring/eliminations',
        label: 'monitoring.menuList',
        icon: <StopOutlined />,
        anyOf: ['monitoring.decide', 'monitoring.submit', 'project.view_all'],
      },
    ],
  },
  {
    key: 'statsGroup',
    label: 'menu.statsGroup',
    icon: <BarChartOutlined />,
    children: [
      // 数据局驾驶舱 (issue 10): the district-wide readers (src/domain/cockpit/access.ts).
      { path: '/cockpit', label: 'cockpit.menu', icon: <FundProjectionScreenOutlined />, anyOf: ['project.view_all'] },
      { path: '/dashboard', label: 'menu.dashboard', icon: <DashboardOutlined />, anyOf: PROJECT_READERS },
      {
        path: '/statistics/revisions',
        label: 'menu.revisionStats',
        icon: <BarChartOutlined />,
        anyOf: PROJECT_READERS,
      },
    ],
  },
  {
    key: 'system',
    label: 'menu.system',
    icon: <SettingOutlined />,
    children: [
      { path: '/admin/organizations', label: 'menu.organizations', icon: <BankOutlined />, anyOf: ['org.manage'] },
      { path: '/admin/users', label: 'menu.users', icon: <TeamOutlined />, anyOf: ['user.manage'] },
    ],
  },
  {
    key: 'security',
    label: 'menu.security',
    icon: <SafetyCertificateOutlined />,
    children: [
      { path: '/admin/roles', label: 'menu.roles', icon: <SolutionOutlined />, anyOf: ['role.manage'] },
      {
        path: '/admin/users',
        label: 'menu.accountSecurity',
        icon: <UserOutlined />,
        anyOf: ['user.assign_roles', 'user.unlock', 'user.reset_mfa'],
      },
      { path: '/admin/policy', label: 'menu.policy', icon: <LockOutlined />, anyOf: ['policy.manage'] },
    ],
  },
  {
    key: 'audit',
    label: 'menu.auditGroup',
    icon: <AuditOutlined />,
    children: [{ path: '/admin/audit', label: 'menu.audit', icon: <AuditOutlined />, anyOf: ['audit.read'] }],
  },
  { path: '/rules', label: 'menu.rules', icon: <BookOutlined /> },
];

export const isGroup = (e: NavEntry): e is NavGroup => 'children' in e;

/** The menu for these permissions: leaves they may open, each path once, no empty groups. */
export function visibleNav(permissions: readonly string[]): NavEntry[] {
  const seen = new Set<string>();
  const allowed = (leaf: NavLeaf) => {
    if (seen.has(leaf.path)) return false;
    if (leaf.anyOf && !leaf.anyOf.some((p) => permissions.includes(p))) return false;
    seen.add(leaf.path);
    return true;
  };
  const out: NavEntry[] = [];
  for (const entry of NAV) {
    if (!isGroup(entry)) {
      if (allowed(entry)) out.push(entry);
      continue;
    }
    const children = entry.children.filter(allowed);
    if (children.length) out.push({ ...entry, children });
  }
  return out;
}

/** Breadcrumb trail (labels as in the menu, with a link where one exists) for a path; /projects/:id is a detail under /projects. */
export function trailFor(nav: NavEntry[], pathname: string): { label: NavLabel; path?: string }[] {
  const home = { label: 'menu.home', path: '/' };
  if (pathname === '/') return [home];
  const matches = (leaf: NavLeaf) => pathname === leaf.path || pathname.startsWith(`${leaf.path}/`);
  for (const entry of nav) {
    const leaf = isGroup(entry) ? entry.children.find(matches) : matches(entry) ? entry : undefined;
    if (!leaf) continue;
    const trail: { label: NavLabel; path?: string }[] = [home];
    if (isGroup(entry)) trail.push({ label: entry.label });
    trail.push({ label: leaf.label, path: leaf.path });
    if (pathname !== leaf.path) trail.push({ label: 'menu.detail' });
    return trail;
  }
  // Pages reached from the header rather than the menu (the bell's 消息中心, issue 10).
  const offMenu = OFF_MENU[pathname];
  if (offMenu) return [home, { label: offMenu, path: pathname }];
  return [home, { label: 'errors.notFound' }];
}

const OFF_MENU: Record<string, NavLabel> = { '/messages': 'messageCentre.title' };
