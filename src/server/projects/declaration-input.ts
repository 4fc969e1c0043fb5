// Assembles what the declaration rules look at from the stored project, its call, its documents
// and its organisation. No rule is decided here: the domain's rules engine does that.
import { and, eq, ne, sql } from 'drizzle-orm';
import { inTurn, type Db, type Tx } from '../../db/client.js';
import { annualCalls, documents, organizations, projects, systemProjects, systems } from '../../db/schema.js';
import { needsSectorAuthority, type OrgKind } from '../../domain/organizations.js';
import type { DeclarationInput } from '../../domain/rules/index.js';
import type { BudgetItemCode } from '../../domain/editions/types.js';
import { fundedSystemsOf } from '../monitoring/funding-facts.js';
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

/**
 * The system a continuation names (Art.7): the one given by `systemId`, else the one the named
 * predecessor project built (system_projects, relation 'build'); null when the platform knows none.
 */
async function knownPredecessorSystem(
  db: Db | Tx,
  p: { projectId: string | null; systemId: string | null } | null,
): Promise<{ code: string; name: string; sharingFulfilled: boolean } | null> {
  const cols = { code: systems.code, name: systems.name, sharingFulfilled: systems.sharingFulfilled };
  if (p?.systemId) {
    const [named] = await db.select(cols).from(systems).where(eq(systems.id, p.systemId));
    if (named) return named;
  }
  if (!p?.projectId) return null;
  const [built] = await db
    .select(cols)
    .from(systemProjects)
    .innerJoin(systems, eq(systems.id, systemProjects.systemId))
    .where(and(eq(systemProjects.projectId, p.projectId), eq(systemProjects.relation, 'build')))
    .orderBy(systems.code)
    .limit(1);
  return built ?? null;
}

export async function declarationInputFor(
  db: Db | Tx,
  project: ProjectRow,
  opts: { at: Date; forwarded: boolean },
): Promise<DeclarationInput> {
  const form = declarationFormSchema.parse(project.form ?? {});
  const [[call], [org], docs, [{ n: sameOrgBuild }], predecessor, fundedSystems] = await inTurn(db, [
    () => db.select().from(annualCalls).where(eq(annualCalls.id, project.callId)),
    () => db.select().from(organizations).where(eq(organizations.id, project.declaringOrgId)),
    () =>
      db
        .selectDistinct({ docType: documents.docType })
        .from(documents)
        .where(and(eq(documents.ownerId, project.id), sql`${documents.withdrawnAt} IS NULL`)),
    () =>
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
    () => knownPredecessorSystem(db, form.predecessor),
    () =>
      // The systems it continues or maintains: eliminated by the monitoring → R-MONITOR (Art.32).
      fundedSystemsOf(db, project, opts.at),
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
    // A predecessor system the platform knows: the data bureau's record of its sharing decides (Art.7
    // 先共享再续建), not the declarant's own word; only an unknown one is taken on the form's word.
    predecessor: form.predecessor
      ? predecessor
        ? { projectId: `${predecessor.code} ${predecessor.name}`, sharingFulfilled: predecessor.sharingFulfilled }
        : {
            projectId: form.predecessor.projectId ?? form.predecessor.name,
            sharingFulfilled: form.predecessor.sharingFulfilled,
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
    systems: fundedSystems,
  };
}
