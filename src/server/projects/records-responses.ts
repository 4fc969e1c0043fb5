// What GET /projects/:id/records?asOf=D answers (issue 13; Art.34, docs/decisions/0004): the chapter
// records, payments, reports, changes and history of a project as they stood at the end of D — the
// stored rows as they are, for the audit bureau. Each row's schema is read off its table (column
// types and nullability), with the jsonb columns described by their own schemas; instants are Dates
// in the rows and ISO strings on the wire.
import { getTableColumns } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import {
  projectAcceptances,
  projectApplications,
  projectChanges,
  projectContracts,
  projectDecentralisations,
  projectEvents,
  projectPayments,
  projectTrials,
  progressReports,
  selfEvaluations,
  supervisionReports,
} from '../../db/schema.js';
import { fen, int, isoDate, uuid } from '../platform/api-schemas.js';
import { AuditFindingSchema } from './action-responses.js';
import { ChangeReasonSchema } from './approval-responses.js';
import { AssetItemSchema } from './delivery-responses.js';
import { DocItemSchema } from '../documents/responses.js';
import {
  ApprovalRecordSchema,
  ApprovalRouteSchema,
  AsOfMetaSchema,
  NdrcApprovalSchema,
  RouteFlagsSchema,
} from './responses.js';

/** The zod schema of one column: uuid, text (a `…On`/`…Date` text is a calendar day), integer, money, flag, instant. */
function columnSchema(name: string, c: PgColumn): z.ZodType {
  const base = (() => {
    switch (c.columnType) {
      case 'PgUUID':
        return uuid;
      case 'PgText':
        return /(On|Date)$/.test(name) ? isoDate : z.string();
      case 'PgInteger':
        return int;
      case 'PgBigInt53':
        return name.endsWith('Fen') ? fen : int;
      case 'PgBoolean':
        return z.boolean();
      // A Date in the row; the serializer writes it as an ISO 8601 instant (format date-time).
      case 'PgTimestamp':
        return z.date();
      default:
        throw new Error(`records-responses: no schema for column ${name} (${c.columnType})`);
    }
  })();
  return c.notNull ? base : base.nullable();
}

/** A stored row of `table` as a zod object; every jsonb column must be described in `json`. */
function rowOf(id: string, table: PgTable, json: Record<string, z.ZodType> = {}) {
  const shape = Object.fromEntries(
    Object.entries(getTableColumns(table)).map(([name, c]) => [
      name,
      c.columnType === 'PgJsonb'
        ? (json[name] ?? fail(`records-responses: jsonb column ${name} of ${id} is not described`))
        : columnSchema(name, c),
    ]),
  );
  return z.object(shape).meta({ id });
}
function fail(message: string): never {
  throw new Error(message);
}

/** R-REVISE-3WD (Art.14): when the final version is due, and the rule that produced the date. */
const RevisionDeadlineSchema = z.object({
  basis: z.string(),
  dueDate: isoDate,
  rule: z.literal('R-REVISE-3WD'),
  article: z.string(),
  deadlineRule: z.object({ kind: z.string(), n: int }),
});

export const AsOfRecordsSchema = z
  .object({
    asOf: AsOfMetaSchema,
    /** The document versions that existed then (current or superseded, submitted or not). */
    documents: z.array(DocItemSchema),
    applications: z.array(
      rowOf('ApplicationRecord', projectApplications, {
        route: ApprovalRouteSchema.extend({ flags: RouteFlagsSchema }),
        ndrcApproval: NdrcApprovalSchema.nullable(),
        revisionDeadline: RevisionDeadlineSchema.nullable(),
      }),
    ),
    contracts: z.array(rowOf('ContractRecord', projectContracts)),
    decentralisation: rowOf('DecentralRecord', projectDecentralisations, {
      consultation: ApprovalRecordSchema.nullable(),
      government: ApprovalRecordSchema.nullable(),
    }).nullable(),
    trials: z.array(rowOf('TrialRecord', projectTrials)),
    acceptances: z.array(
      rowOf('AcceptanceRecord', projectAcceptances, { assets: z.array(AssetItemSchema).nullable() }),
    ),
    selfEvaluations: z.array(rowOf('SelfEvaluationRecord', selfEvaluations)),
    payments: z.array(rowOf('PaymentRecord', projectPayments)),
    progressReports: z.array(rowOf('ProgressReportRecord', progressReports)),
    supervisionReports: z.array(rowOf('SupervisionReportRecord', supervisionReports)),
    changes: z.array(rowOf('ProjectChangeRecord', projectChanges, { reasons: z.array(ChangeReasonSchema) })),
    /** The history up to then; an opinion of a round still open shows only that the party spoke (blind.ts). */
    history: z.array(
      rowOf('ProjectEventRecord', projectEvents, {
        /** What the action recorded; its keys depend on the action. */
        detail: z.record(z.string(), z.unknown()),
      }),
    ),
    auditFindings: z.array(AuditFindingSchema),
  })
  .meta({ id: 'AsOfRecords' });
