// The left menu and the breadcrumb, built from the person's permissions: each administrator sees
// only their own area (三权分立); business users see only what exists for them.
import {
  AuditOutlined, BankOutlined, HomeOutlined, LockOutlined, SafetyCertificateOutlined, SettingOutlined,
  SolutionOutlined, TeamOutlined, UserOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';

export interface NavLeaf { path: string; label: string; icon: ReactNode; anyOf?: string[] }
export interface NavGroup { key: string; label: string; icon: ReactNode; children: NavLeaf[] }
export type NavEntry = NavLeaf | NavGroup;

const NAV: NavEntry[] = [
  { path: '/', label: 'menu.home', icon: <HomeOutlined /> },
  {
    key: 'system', label: 'menu.system', icon: <SettingOutlined />, children: [
      { path: '/admin/organizations', label: 'menu.organizations', icon: <BankOutlined />, anyOf: ['org.manage'] },
      { path: '/admin/users', label: 'menu.users', icon: <TeamOutlined />, anyOf: ['user.manage'] },
    ],
  },
  {
    key: 'security', label: 'menu.security', icon: <SafetyCertificateOutlined />, children: [
      { path: '/admin/roles', label: 'menu.roles', icon: <SolutionOutlined />, anyOf: ['role.manage'] },
      { path: '/admin/users', label: 'menu.accountSecurity', icon: <UserOutlined />, anyOf: ['user.assign_roles', 'user.unlock', 'user.reset_mfa'] },
      { path: '/admin/policy', label: 'menu.policy', icon: <LockOutlined />, anyOf: ['policy.manage'] },
    ],
  },
  {
    key: 'audit', label: 'menu.auditGroup', icon: <AuditOutlined />, children: [
      { path: '/admin/audit', label: 'menu.audit', icon: <AuditOutlined />, anyOf: ['audit.read'] },
    ],
  },
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

/** Breadcrumb trail (i18n keys, with a link where one exists) for a path. */
export function trailFor(nav: NavEntry[], pathname: string): { label: string; path?: string }[] {
  const home = { label: 'menu.home', path: '/' };
  if (pathname === '/') return [home];
  for (const entry of nav) {
    if (!isGroup(entry)) continue;
    const leaf = entry.children.find((c) => c.path === pathname);
    if (leaf) return [home, { label: entry.label }, { label: leaf.label }];
  }
  return [home, { label: 'errors.notFound' }];
}
