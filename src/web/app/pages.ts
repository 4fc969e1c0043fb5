// Lazy route chunks (one per page), so no single bundle carries every screen.
import { lazy, type ComponentType } from 'react';

function page<M extends Record<string, unknown>, K extends keyof M>(load: () => Promise<M>, name: K) {
  return lazy(async () => ({ default: (await load())[name] as ComponentType }));
}

export const LoginPage = page(() => import('../auth/LoginPage'), 'LoginPage');
export const ChangePasswordPage = page(() => import('../auth/ChangePasswordPage'), 'ChangePasswordPage');
export const MfaEnrolPage = page(() => import('../auth/MfaEnrolPage'), 'MfaEnrolPage');
export const Shell = page(() => import('./Shell'), 'Shell');
export const HomePage = page(() => import('../home/HomePage'), 'HomePage');
export const OrganizationsPage = page(() => import('../admin/organizations/OrganizationsPage'), 'OrganizationsPage');
export const UsersPage = page(() => import('../admin/users/UsersPage'), 'UsersPage');
export const RolesPage = page(() => import('../admin/roles/RolesPage'), 'RolesPage');
export const PolicyPage = page(() => import('../admin/policy/PolicyPage'), 'PolicyPage');
export const AuditPage = page(() => import('../admin/audit/AuditPage'), 'AuditPage');
export const PublicOrShell = page(() => import('./PublicOrShell'), 'PublicOrShell');
export const RulesPage = page(() => import('../rules/RulesPage'), 'RulesPage');
export const VerifyPage = page(() => import('../approval/VerifyPage'), 'VerifyPage');
export const RevisionStatsPage = page(() => import('../approval/RevisionStatsPage'), 'RevisionStatsPage');
export const DashboardPage = page(() => import('../dashboard/DashboardPage'), 'DashboardPage');
export const CockpitPage = page(() => import('../cockpit/CockpitPage'), 'CockpitPage');
export const CallsPage = page(() => import('../calls/CallsPage'), 'CallsPage');
export const ProjectsPage = page(() => import('../projects/ProjectsPage'), 'ProjectsPage');
export const ProjectPage = page(() => import('../projects/detail/ProjectPage'), 'ProjectPage');
export const ReviewTodoPage = page(() => import('../reviews/ReviewTodoPage'), 'ReviewTodoPage');
export const PlanIssuePage = page(() => import('../annual/PlanIssuePage'), 'PlanIssuePage');
export const AnnualListPage = page(() => import('../annual/AnnualListPage'), 'AnnualListPage');
export const SystemsPage = page(() => import('../systems/SystemsPage'), 'SystemsPage');
export const SystemPage = page(() => import('../systems/SystemPage'), 'SystemPage');
export const EliminationListPage = page(() => import('../monitoring/EliminationListPage'), 'EliminationListPage');
export const MonitoringImportPage = page(() => import('../monitoring/MonitoringImportPage'), 'MonitoringImportPage');
export const MessageCentrePage = page(() => import('../notifications/MessageCentrePage'), 'MessageCentrePage');
export const SpotCheckPage = page(() => import('../oversight/SpotCheckPage'), 'SpotCheckPage');
export const AssignmentsPage = page(() => import('../oversight/AssignmentsPage'), 'AssignmentsPage');
export const NotFound = page(() => import('./NotFound'), 'NotFound');

/** Either half of account administration (三权分立) may open the account list. */
export const USER_ADMIN_PERMISSIONS = ['user.manage', 'user.assign_roles', 'user.unlock', 'user.reset_mfa'];

/** Business users who work on projects (the annual call and project lists are theirs). */
export const PROJECT_READERS = [
  'project.declare',
  'project.view_own',
  'project.view_all',
  'project.forward',
  'call.manage',
];

/** Who reads the elimination list (Art.32): the data bureau decides, the big data center submits, the district reads. */
export const ELIMINATION_READERS = ['monitoring.decide', 'monitoring.submit', 'project.view_all'];

/** Who reads the systems register (信息系统台账): the district (view_all), owner units, contracted units. */
export const SYSTEM_READERS = ['project.view_all', 'project.view_own', 'project.declare', 'system.manage'];
