// 项目审核申报 (Art.11, 12): the approval route is worked out from the edition (R-NDRC, and the
// simplified paths of R-NDRC-SIMPLE) and the application needs the documents of the chosen path.
// Each application opens a round: a project declared again after a change (Art.17 ¶3) applies anew,
// and the joint review of the new round hears every party again (Art.13).
import { z } from 'zod';
import { projectApplications } from '../../../db/schema.js';
import { approvalRoute, type ApprovalRoute } from '../../../domain/approval/index.js';
import type { KindCode } from '../../../domain/editions/types.js';
import type { FundingLine } from '../../../domain/rules/index.js';
import type { Edition } from '../../../domain/editions/types.js';
import { uploadedTypes } from '../facts.js';
import { declarationFormSchema } from '../form-schema.js';
import type { ProjectRow } from '../record.js';
import { defineUseCase } from './take-action.js';

export const routeFlags = z.object({
  inPlan: z.boolean().default(false),
  urgentMandate: z.boolean().default(false),
  newCivilWorks: z.boolean().default(false),
  energyIntensive: z.boolean().default(false),
});
export type RouteFlags = z.infer<typeof routeFlags>;

/** The route of Art.11, 12 for the project as it stands, with the facts the declarant states. */
export function routeFor(p: ProjectRow, flags: RouteFlags, edition: Edition, ndrcApproved = false): ApprovalRoute {
  const form = declarationFormSchema.parse(p.form ?? {});
  return approvalRoute(
    {
      kind: (p.kind ?? 'build') as KindCode,
      totalFen: p.totalFen,
      fundingSources: form.fundingSources as FundingLine[],
      ...flags,
      ndrcApproved,
    },
    edition,
  );
}

export const submitApplication = defineUseCase({
  action: 'submit_application',
  method: 'POST',
  url: '/projects/:id/application',
  summary: '提交项目审核申报（第十一条、第十二条）',
  tags: ['approval'],
  body: routeFlags.extend({
    path: z.enum(['standard', 'in_plan', 'urgent', 'merge']).default('standard'),
    version: z.number().int().optional(),
  }),
  version: 'optional',
  async run({ tx, now, access, edition, input, check }) {
    const p = access.project;
    const { path, version: _version, ...flags } = input;
    const route = routeFor(p, flags, edition);
    check('application', { route, path, uploadedTypes: [...(await uploadedTypes(tx, p.id))] });
    const round = p.applicationRound + 1;
    await tx.insert(projectApplications).values({
      projectId: p.id,
      round,
      path,
      route: { ...route, flags },
      ndrcRequired: route.ndrcRequired,
      submittedAt: now,
      submittedBy: access.auth.user.id,
    });
    return {
      set: { applicationRound: round },
      event: {
        action: 'project.application_submitted',
        rule: 'R-NDRC',
        article: route.ndrcRequired ? 'Art.12' : 'Art.11',
        detail: { ndrcRequired: route.ndrcRequired, path, round },
      },
    };
  },
});
