// Who reads the cockpit (数据局驾驶舱, issue 10; Art.5, 31, 34): the district-wide readers — the data
// bureau that oversees, its leaders, the audit bureau (read-only, Art.34) and the other bureaus that
// already read every project. Declaring units, implementers, supervisors and evaluators see only
// their own projects, so a district-wide figure is not theirs. The cockpit only reads.
import type { Permission } from '../access/permissions.js';

export const COCKPIT_PERMISSION: Permission = 'project.view_all';

export function canReadCockpit(permissions: ReadonlySet<string>): boolean {
  return permissions.has(COCKPIT_PERMISSION);
}
