// The approved facts the 联合评审表 prints (Art.14), read from the project's current application round
// and its joint-review opinions. Its SM3 digest is the form's verification code.
import { and, eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { reviewOpinions, users } from '../../db/schema.js';
import { JOINT_REVIEW_DIMENSIONS } from '../../domain/approval/index.js';
import type { JointReviewFormData } from '../../domain/approval/form-code.js';
import type { CategoryCode, JointReviewPartyCode, KindCode } from '../../domain/editions/types.js';
import { ORG_ROLES } from '../../domain/organizations.js';
import { orgNameMap } from '../projects/org-names.js';
import type { ApplicationRow, ProjectRow } from '../projects/record.js';

export async function formData(
  db: Db | Tx,
  p: ProjectRow,
  a: Pick<ApplicationRow, 'round' | 'controlPriceFen' | 'recoveryFen'>,
): Promise<JointReviewFormData> {
  const ops = await db
    .select({ o: reviewOpinions, reviewer: users.displayName })
    .from(reviewOpinions)
    .innerJoin(users, eq(users.id, reviewOpinions.userId))
    .where(
      and(
        eq(reviewOpinions.projectId, p.id),
        eq(reviewOpinions.review, 'joint_review'),
        eq(reviewOpinions.round, a.round),
      ),
    );
  const names = await orgNameMap(db, [p.declaringOrgId]);
  return {
    project: {
      code: p.code,
      name: p.name,
      planYear: p.planYear,
      declaringOrg: names.get(p.declaringOrgId) ?? '',
      totalFen: p.totalFen,
      approvedBudgetFen: p.approvedBudgetFen,
      controlPriceFen: a.controlPriceFen,
      recoveryFen: a.recoveryFen,
      category: p.category as CategoryCode | null,
      kind: p.kind as KindCode | null,
    },
    round: a.round,
    parties: ops.map(({ o, reviewer }) => ({
      party: o.party as JointReviewPartyCode,
      partyName: ORG_ROLES[o.party as JointReviewPartyCode].zh,
      conclusion: o.decision as 'pass' | 'return' | 'fail',
      dimensions: (o.dimensions as { code: string; opinion: string }[]).map((d) => ({
        code: d.code as never,
        zh: JOINT_REVIEW_DIMENSIONS.find((x) => x.code === d.code)?.zh ?? d.code,
        opinion: d.opinion,
      })),
      overall: o.text,
      reviewer,
      at: o.createdAt.toISOString(),
    })),
    meeting: null,
  };
}
