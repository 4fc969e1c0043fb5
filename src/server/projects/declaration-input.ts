// Assembles what the declaration rules look at from the stored project, its call, its documents
// and its organisation. No rule is decided here: the domain's rules engine does that.
import { and, eq, ne, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import { annualCalls, documents, organizations, projects } from '../../db/schema.js';
import { needsSectorAuthority, type OrgKind } from '../../domain/organizations.js';
import type { DeclarationInput } from '../../domain/rules/index.js';
import type { BudgetItemCode } from '../../domain/editions/types.js';
import { declarationFormSchema } from './form-schema.js';
import type { ProjectRow } from './access.js';

const BUDGET_ITEMS: BudgetItemCode[] = [
  'development',
  'implementation',
  'maintenance',
  'training',
  'supervision',
  'other',
];

export async function declarationInputFor(
  db: Db | Tx,
  project: ProjectRow,
  opts: { at: Date; forwarded: boolean },
): Promise<DeclarationInput> {
  const form = declarationFormSchema.parse(project.form ?? {});
  const [[call], [org], docs, [{ n: sameOrgBuild }], predecessor] = await Promise.all([
    db.select().from(annualCalls).where(eq(annualCalls.id, project.callId)),
    db.select().from(organizations).where(eq(organizations.id, project.declaringOrgId)),
    db
      .selectDistinct({ docType: documents.docType })
      .from(documents)
      .where(and(eq(documents.ownerId, project.id), sql`${documents.withdrawnAt} IS NULL`)),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(projects)
      .where(
        and(
          eq(projects.declaringOrgId, project.declaringOrgId),
          eq(projects.planYear, project.planYear),
          eq(projects.kind, 'build'),
          ne(projects.id, project.id),
          sql`${projects.stage} NOT IN ('draft', 'pre_review_failed', 'budget_refused')`,
        ),
      ),
    form.predecessor?.projectId
      ? db
          .select({ sharingFulfilled: projects.sharingFulfilled })
          .from(projects)
          .where(eq(projects.id, form.predecessor.projectId))
      : Promise.resolve([]),
  ]);
  return {
    planYear: project.planYear,
    category: (project.category ?? 'business_system') as DeclarationInput['category'],
    kind: (project.kind ?? 'build') as DeclarationInput['kind'],
    fundingSources: form.fundingSources as DeclarationInput['fundingSources'],
    totalFen: project.totalFen,
    budgetBreakdown: Object.fromEntries(
      BUDGET_ITEMS.map((k) => [k, (form.budgetBreakdown as Record<string, number | undefined>)[k] ?? 0]),
    ) as DeclarationInput['budgetBreakdown'],
    yearlyBudgets: form.yearlyBudgets,
    dataResources: form.dataResources.map((d) => ({
      ...d,
      catalogueRef: d.catalogueRef ?? null,
      description: d.description ?? null,
    })),
    sharingList: form.sharingList,
    deployment: form.deployment as DeclarationInput['deployment'],
    commonPlatforms: form.commonPlatforms as DeclarationInput['commonPlatforms'],
    commonPlatformsNoneReason: form.commonPlatformsNoneReason,
    scenario: form.scenario as DeclarationInput['scenario'],
    classified: project.classified,
    classifiedSplitStatement: form.classifiedSplitStatement,
    mlpsLevel: form.mlpsLevel,
    cryptoPlan: form.cryptoPlan,
    secureReliableStatement: form.secureReliableStatement,
    declaredItems: form.declaredItems,
    planChapters: form.planChapters,
    materials: docs.map((d) => d.docType),
    // A predecessor on the platform: its recorded sharing status decides (Art.7), not the form.
    predecessor: form.predecessor
      ? {
          projectId: form.predecessor.projectId ?? form.predecessor.name,
          sharingFulfilled: predecessor[0]?.sharingFulfilled ?? form.predecessor.sharingFulfilled,
        }
      : null,
    declaringOrg: {
      id: project.declaringOrgId,
      needsSectorAuthority: needsSectorAuthority(org.kind as OrgKind),
      forwardedBySectorAuthority: opts.forwarded,
    },
    submittedAt: opts.at,
    callDeadline: call.deadlineAt,
    urgentBasis: form.urgentBasis as DeclarationInput['urgentBasis'],
    sameOrgBuildProjectsThisYear: sameOrgBuild,
  };
}
