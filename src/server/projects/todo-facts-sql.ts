// The facts of 待办 as SQL (issue 12): the flags of a to-do signature, the chapter records they are
// read from (one LATERAL lookup per record, only in the stages where the person's actions read it),
// the deadline sources, and the legal number words for R-SUPERVISION's line. Read by todo-scope.ts;
// what the flags mean is decided by the domain (todo-list.ts).
import { sql, type SQL } from 'drizzle-orm';
import {
  organizations,
  projectAcceptances,
  projectApplications,
  projectContracts,
  projectDecentralisations,
  projects,
  projectTrials,
  reviewOpinions,
} from '../../db/schema.js';
import { EDITIONS } from '../../domain/editions/index.js';
import type { LegalNumberWord } from '../../domain/editions/types.js';
import { TODO_ORDER } from '../../domain/lifecycle/todo.js';
import { TRANSITIONS, type Actor, type ProjectAction } from '../../domain/lifecycle/transitions.js';
import type { TodoDueSource } from './facts.js';
import { currentAcceptance, currentContract } from './record.js';

/** A chapter record looked up per project (a LATERAL subquery, only in the stages that need it). */
export type Lookup =
  | 'application'
  | 'contract'
  | 'decentral'
  | 'trial'
  | 'acceptance'
  | 'preOpinion'
  | 'jointOpinion'
  | 'parent';

/** The flags of the signature, in their order (one character each, 1 or 0). */
export const TODO_FLAGS = [
  'mineDeclaring',
  'mineParent',
  'mineImplementer',
  'mineSupervisor',
  'ndrcRequired',
  'ndrcApproved',
  'controlPriceRecorded',
  'decentralRequested',
  'decentralConsulted',
  'decentralGoverned',
  'supervised',
  'supervisionNeeded',
  'isBuild',
  'handoverRecorded',
  'inAnnualList',
  'budgetApproved',
  'spokePreReview',
  'spokeJointReview',
  'disbursed',
] as const;
export type TodoFlag = (typeof TODO_FLAGS)[number];

const actionsOfActor = (actor: Actor) => TODO_ORDER.filter((a) => TRANSITIONS[a].actor === actor);

/**
 * Each flag: the to-do actions whose decision reads it (relationsOf for the `mine` flags; actionOpen,
 * todoActions and R-PROCURE for the others), the record it is read from, and its SQL. Where none of
 * its readers is the person's, or the project is in none of their stages, it reads 0: it cannot
 * change the decision there. A reader missing here shows as a disagreement in todo-agreement.test.ts.
 */
export const FLAGS: Record<TodoFlag, { readers: readonly ProjectAction[]; from?: Lookup; sql: (org: string) => SQL }> =
  {
    mineDeclaring: {
      readers: actionsOfActor('declarant'),
      sql: (org) => sql`(${projects.declaringOrgId} = ${org} OR ${projects.leadOrgId} = ${org})`,
    },
    mineParent: { readers: actionsOfActor('sector_authority'), from: 'parent', sql: (org) => sql`parent.id = ${org}` },
    mineImplementer: {
      readers: actionsOfActor('implementer'),
      sql: (org) => sql`${projects.implementerOrgId} = ${org}`,
    },
    mineSupervisor: { readers: actionsOfActor('supervisor'), sql: (org) => sql`${projects.supervisorOrgId} = ${org}` },
    ndrcRequired: {
      readers: ['ndrc_approve', 'record_procurement'],
      from: 'application',
      sql: () => sql`app.ndrc_required`,
    },
    ndrcApproved: {
      readers: ['ndrc_approve', 'record_procurement'],
      from: 'application',
      sql: () => sql`app.ndrc_approved`,
    },
    controlPriceRecorded: { readers: ['record_control_price'], from: 'application', sql: () => sql`app.priced` },
    decentralRequested: {
      readers: ['record_decentral', 'record_procurement'],
      from: 'decentral',
      sql: () => sql`dec.requested`,
    },
    decentralConsulted: {
      readers: ['record_decentral', 'record_procurement'],
      from: 'decentral',
      sql: () => sql`dec.consulted`,
    },
    decentralGoverned: {
      readers: ['record_decentral', 'record_procurement'],
      from: 'decentral',
      sql: () => sql`dec.governed`,
    },
    supervised: {
      readers: ['record_supervision', 'self_evaluation_supervision'],
      from: 'contract',
      sql: () => sql`con.supervised`,
    },
    // R-SUPERVISION's line of the project's edition (Art.19), in its own words (meetsSql).
    supervisionNeeded: {
      readers: ['record_supervision'],
      sql: () =>
        sql`CASE ${projects.editionId} ${sql.join(
          EDITIONS.map(
            (e) =>
              sql`WHEN ${e.id} THEN ${meetsSql(sql`coalesce(${projects.approvedBudgetFen}, ${projects.totalFen})`, e.params.supervisionLine)}`,
          ),
          sql` `,
        )} END`,
    },
    isBuild: {
      readers: ['start_construction', 'record_trial_start', 'start_service'],
      sql: () => sql`coalesce(${projects.kind}, 'build') = 'build'`,
    },
    handoverRecorded: { readers: ['confirm_handover'], from: 'acceptance', sql: () => sql`acc.handover_recorded` },
    inAnnualList: { readers: ['record_procurement'], sql: () => sql`${projects.planId} IS NOT NULL` },
    budgetApproved: { readers: ['record_procurement'], sql: () => sql`${projects.approvedBudgetFen} IS NOT NULL` },
    spokePreReview: { readers: ['pre_review_opinion'], from: 'preOpinion', sql: () => sql`pre.spoke` },
    spokeJointReview: { readers: ['joint_review_opinion'], from: 'jointOpinion', sql: () => sql`joint.spoke` },
    disbursed: { readers: ['record_disbursement'], sql: () => sql`${projects.disbursedAt} IS NOT NULL` },
  };

/** Where each deadline source is read from (todoDueSource), to the millisecond (the API's precision). */
export const DUE: Record<TodoDueSource, { from?: Lookup; sql: SQL }> = {
  revision: { from: 'application', sql: sql`app.revision_due` },
  trial: { from: 'trial', sql: sql`tri.due` },
  acceptance_report: { from: 'acceptance', sql: sql`acc.report_due` },
  self_evaluation: { sql: sql`se."dueAt"` },
};
export const DUE_SOURCES = Object.keys(DUE) as TodoDueSource[];

/** 23:59:59.999 +08:00 of a stored calendar date (endOfShanghaiDay), as an instant. */
const endOfShanghaiDay = (date: unknown) =>
  sql`(((${date})::date + 1)::timestamp - interval '8 hours 1 millisecond') AT TIME ZONE 'UTC'`;

/**
 * Whether `amount` is "<word> <line>" (isPhraseTrue, SPEC §4: 超过 = strictly more than; 以上 / 以下 /
 * 不超过 include the line), as SQL. todo-agreement.test.ts checks it at the line and one fen either side.
 */
export function meetsSql(amount: SQL, t: { value: number; word: LegalNumberWord }): SQL {
  const line = sql`${t.value}::bigint`;
  switch (t.word) {
    case '以上':
    case '不少于':
      return sql`(${amount} >= ${line})`;
    case '超过':
      return sql`(${amount} > ${line})`;
    case '以下':
    case '不超过':
      return sql`(${amount} <= ${line})`;
    case '不足':
      return sql`(${amount} < ${line})`;
    default: {
      const never: never = t.word;
      return never;
    }
  }
}

/** A JSON value is there: not SQL NULL and not JSON null (what Boolean() of Drizzle's read gives). */
const present = (col: unknown) => sql`(${col} IS NOT NULL AND jsonb_typeof(${col}) <> 'null')`;

/** The LATERAL subquery of each lookup (LIMIT 1 keeps it a per-project lookup the guard can skip). */
export function lookupSql(lookup: Lookup, guard: SQL, party: string | null): SQL {
  const round = (review: string, round: SQL) =>
    sql`(SELECT true AS spoke FROM ${reviewOpinions} WHERE ${guard} AND ${reviewOpinions.projectId} = ${projects.id}
      AND ${reviewOpinions.party} = ${party} AND ${reviewOpinions.review} = ${review} AND ${reviewOpinions.round} = ${round} LIMIT 1)`;
  switch (lookup) {
    case 'application':
      return sql`(SELECT ${projectApplications.ndrcRequired} AS ndrc_required, ${present(projectApplications.ndrcApproval)} AS ndrc_approved,
          ${projectApplications.controlPriceFen} IS NOT NULL AS priced,
          date_trunc('milliseconds', ${projectApplications.revisionDueAt}) AS revision_due
        FROM ${projectApplications} WHERE ${guard} AND ${projectApplications.projectId} = ${projects.id}
          AND ${projectApplications.round} = ${projects.applicationRound} AND ${projectApplications.supersededAt} IS NULL LIMIT 1)`;
    case 'contract':
      return sql`(SELECT ${projectContracts.supervisorOrgId} IS NOT NULL AS supervised FROM ${projectContracts}
        WHERE ${guard} AND ${currentContract} LIMIT 1)`;
    case 'decentral':
      return sql`(SELECT true AS requested, ${present(projectDecentralisations.consultation)} AS consulted,
          ${present(projectDecentralisations.government)} AS governed
        FROM ${projectDecentralisations} WHERE ${guard} AND ${projectDecentralisations.projectId} = ${projects.id} LIMIT 1)`;
    case 'trial':
      return sql`(SELECT ${endOfShanghaiDay(projectTrials.latestOn)} AS due FROM ${projectTrials}
        WHERE ${guard} AND ${projectTrials.projectId} = ${projects.id} AND ${projectTrials.attempt} = ${projects.trialAttempt} LIMIT 1)`;
    case 'acceptance':
      return sql`(SELECT ${projectAcceptances.handoverRecordedAt} IS NOT NULL AS handover_recorded,
          ${endOfShanghaiDay(projectAcceptances.reportDueDate)} AS report_due
        FROM ${projectAcceptances} WHERE ${guard} AND ${currentAcceptance} LIMIT 1)`;
    case 'preOpinion':
      return round('pre_review', sql`${projects.round}`);
    case 'jointOpinion':
      return round('joint_review', sql`${projects.applicationRound}`);
    case 'parent':
      return sql`(SELECT ${organizations.parentId} AS id FROM ${organizations} WHERE ${organizations.id} = ${projects.declaringOrgId} LIMIT 1)`;
    default: {
      const never: never = lookup;
      return never;
    }
  }
}

export const ALIAS: Record<Lookup, string> = {
  application: 'app',
  contract: 'con',
  decentral: 'dec',
  trial: 'tri',
  acceptance: 'acc',
  preOpinion: 'pre',
  jointOpinion: 'joint',
  parent: 'parent',
};
