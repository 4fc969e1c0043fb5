// What the 统筹看板 answers (GET /dashboard, SPEC §7; issue 13): the projects the person may see counted
// by stage, department and category with their money, and the final versions now overdue (Art.14).
// The serializer checks the answer against this; the OpenAPI document and the web's types
// (src/web/api/openapi.d.ts) are generated from it.
import { z } from 'zod';
import { fen, int, isoDateTime, StageSchema, uuid } from '../platform/api-schemas.js';
import { ProjectSummarySchema } from './responses.js';

/** The projects of a group: how many, and their declared total, approved budget and contract sums. */
export const DashboardBucketSchema = z
  .object({ count: int, totalFen: fen, approvedBudgetFen: fen, contractFen: fen })
  .meta({ id: 'DashboardBucket' });

export const DashboardSchema = z
  .object({
    year: int.nullable(),
    totals: DashboardBucketSchema.extend({ recoveryFen: fen }),
    byStage: z.array(DashboardBucketSchema.extend({ stage: StageSchema, name: z.string(), nameEn: z.string() })),
    byDepartment: z.array(DashboardBucketSchema.extend({ orgId: uuid, name: z.string() })),
    byCategory: z.array(DashboardBucketSchema.extend({ category: z.string(), name: z.string(), nameEn: z.string() })),
    /** In revision, not submitted, past the 3-working-day deadline (R-REVISE-3WD, Art.14). */
    overdueRevisions: z.array(
      ProjectSummarySchema.extend({ revisionDueAt: isoDateTime.nullable(), rule: z.string(), article: z.string() }),
    ),
  })
  .meta({ id: 'Dashboard' });
export type Dashboard = z.output<typeof DashboardSchema>;
