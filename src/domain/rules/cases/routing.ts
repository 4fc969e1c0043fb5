// R-ROUTE (Art.9).
import { x, type RuleCase } from './types.js';

export const routingCases: RuleCase[] = [
  {
    name: 'a school declaring directly is refused',
    input: { declaringOrg: { id: 'org-school-1', needsSectorAuthority: true, forwardedBySectorAuthority: false } },
    expect: [x('R-ROUTE', 'block', 'declaringOrg.forwardedBySectorAuthority')],
  },
  {
    name: 'a hospital forwarded by the health commission passes',
    input: { declaringOrg: { id: 'org-hospital-1', needsSectorAuthority: true, forwardedBySectorAuthority: true } },
    expect: [],
  },
  {
    name: 'a department declares directly',
    input: { declaringOrg: { id: 'org-dept', needsSectorAuthority: false, forwardedBySectorAuthority: false } },
    expect: [],
  },
];
