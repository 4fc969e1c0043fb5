// GET the approval route (Art.11, 12) a listed project would take with the facts the declarant
// states — whether 区发改局 must approve, the simplified paths offered, the documents and why —
// and what the current application stored.
import { z } from 'zod';
import { missingDocuments } from '../../domain/approval/index.js';
import { editionOfProject } from '../../domain/editions/resolve.js';
import type { ZApp } from '../zapp.js';
import { loadProject } from './access.js';
import { routeFlags, routeFor } from './actions/submit-application.js';
import { uploadedTypes } from './facts.js';
import { presentChapters } from './presenter.js';
import { type ApprovalRouteResult, ApprovalRouteResultSchema } from './approval-responses.js';

const idParams = z.object({ id: z.uuid('无效的项目编号') });

export async function approvalRouteRoutes(app: ZApp) {
  const { db } = app.services;

  app.get(
    '/projects/:id/approval-route',
    {
      schema: {
        tags: ['approval'],
        summary: '审批路径（第十二条）：是否需发改立项、可选简化程序、所需材料及理由',
        params: idParams,
        querystring: z.object({
          inPlan: z.coerce.boolean().optional(),
          urgentMandate: z.coerce.boolean().optional(),
          newCivilWorks: z.coerce.boolean().optional(),
          energyIntensive: z.coerce.boolean().optional(),
        }),
        response: { 200: ApprovalRouteResultSchema },
      },
    },
    async (req): Promise<ApprovalRouteResult> => {
      const access = await loadProject(db, req, req.params.id);
      const p = access.project;
      const route = routeFor(
        p,
        routeFlags.parse(req.query),
        editionOfProject(p),
        Boolean(access.application?.ndrcApproval),
      );
      const uploaded = await uploadedTypes(db, p.id);
      return {
        ...route,
        missing: missingDocuments(route.requiredDocuments, uploaded),
        stored: presentChapters(access).approvalRoute,
      };
    },
  );
}
